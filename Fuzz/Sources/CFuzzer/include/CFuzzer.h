#include <stddef.h>
#include <stdint.h>

/// libFuzzer's driver (from -sanitize=fuzzer): SwiftPM names an executable's entry point `<Target>_main`, so
/// each harness defines that and hands its callback to the driver.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
