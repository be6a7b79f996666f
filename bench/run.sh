#!/usr/bin/env bash
# Whole-process benchmarks: authspec against a bare net/http loop and a bare
# yaml.v3 parse, from one run on this machine. Extra arguments go to
# bench/compare (-runs N, -n CASES, -big CASES, -only TEXT). Loopback only.
set -euo pipefail
cd "$(dirname "$0")/.."
exec go run ./bench/compare "$@"
