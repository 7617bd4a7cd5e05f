"""How the embedded default starts runs: a warm process that has the code location imported,
and a run launcher that forks each run worker from it (docs/performance.md)."""
