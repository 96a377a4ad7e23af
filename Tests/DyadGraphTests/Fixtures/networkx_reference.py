"""Reference centralities for the fixture graph in CentralityTests, computed once with NetworkX.

Run from the repository root and paste the output into centrality-reference.json:
    python3 Tests/DyadGraphTests/Fixtures/networkx_reference.py > Tests/DyadGraphTests/Fixtures/centrality-reference.json
"""
import json
import networkx as nx

# (source, target, events) — the same dyads and counts as CentralityTests.fixture.
EDGES = [
    ("RUS", "UKR", 5), ("UKR", "RUS", 2), ("USA", "UKR", 4), ("USA", "RUS", 3), ("RUS", "USA", 1),
    ("CHN", "USA", 2), ("USA", "CHN", 2), ("RUS", "AZE", 3), ("AZE", "UKR", 1), ("ARM", "AZE", 2),
    ("AZE", "ARM", 2), ("TUR", "AZE", 1), ("IRN", "ISR", 2), ("ISR", "IRN", 1), ("USA", "ISR", 1),
    ("FIN", "RUS", 1),
]
G = nx.DiGraph()
for s, t, w in EDGES:
    G.add_edge(s, t, weight=w)
print(json.dumps({
    "pagerank": nx.pagerank(G, alpha=0.85, weight="weight"),
    "betweenness": nx.betweenness_centrality(G),
}, indent=1, sort_keys=True))
