#!/bin/bash
# usage: kb-at.sh DIR [FILE@COMMIT ...]  -> DIR/org/marsad/kb/ = this worktree's knowledge base, with each FILE
# (a file name of marsad-core/src/main/resources/org/marsad/kb/, or ALL) as of COMMIT. Put DIR ahead of marsad.jar on
# the classpath (java -cp DIR:marsad-cli/target/marsad.jar org.marsad.cli.Main ...) to train or tag with that
# knowledge base without rebuilding (docs/ner.md, session 12).
set -e
dir=$1; shift
repo=$(cd "$(dirname "$0")/../.." && pwd)
kbrel=marsad-core/src/main/resources/org/marsad/kb
d=$dir/org/marsad/kb
rm -rf "$d"; mkdir -p "$d"
cp "$repo/$kbrel"/* "$d/"
for spec in "$@"; do
  f=${spec%@*}; c=${spec#*@}
  if [ "$f" = ALL ]; then
    rm -f "$d"/*
    for g in $(git -C "$repo" ls-tree --name-only "$c" "$kbrel/"); do git -C "$repo" show "$c:$g" > "$d/$(basename "$g")"; done
  else
    git -C "$repo" show "$c:$kbrel/$f" > "$d/$f"
  fi
done
