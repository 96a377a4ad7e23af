#ifndef DYAD_CGRAPHVIZ_SHIM_H
#define DYAD_CGRAPHVIZ_SHIM_H

#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

/* Graph descriptors are mutable C globals, which Swift 6 can't read: return them by value. */
static inline Agdesc_t cgv_directed(void) { return Agdirected; }
static inline Agdesc_t cgv_strict_directed(void) { return Agstrictdirected; }

/* agtail/aghead are macros. */
static inline Agnode_t *cgv_tail(Agedge_t *e) { return agtail(e); }
static inline Agnode_t *cgv_head(Agedge_t *e) { return aghead(e); }

#endif
