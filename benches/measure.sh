# Shared by the benchmarks: `measure CMD...` runs a command under
# /usr/bin/time and prints "seconds peak_kib". Sourced, not run.
measure() {
  local figures
  figures=$(mktemp)
  /usr/bin/time -f "%e %M" -o "$figures" "$@" >/dev/null 2>&1 || true
  tail -1 "$figures"
  rm -f "$figures"
}
