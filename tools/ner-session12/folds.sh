#!/bin/bash
# usage: folds.sh NAME KBDIR  -> for the ten blocks of docs/ner.md (X_train.conll / X_test.conll in $WORK, written by
# tools/ner-session9/split.py): train on X's 90% and tag X with the knowledge base of KBDIR (kb-at.sh), score.py;
# then the pooled score of the ten blocks.
v=$1; kb=$2; W=${WORK:-/tmp/ner12f}
repo=$(cd "$(dirname "$0")/../.." && pwd); cd "$repo"
cp="$kb:marsad-cli/target/marsad.jar"
rm -f "$W/pool.$v.gold" "$W/pool.$v.pred"
for X in ${BLOCKS:-A B C D E F G H I J}; do
  nice -n 19 java -XX:+UseSerialGC -cp "$cp" org.marsad.cli.Main train ner --train "$W/${X}_train.conll" \
    --algorithm PERCEPTRON --iterations 100 --model "$W/$v.$X.zip" > "$W/$v.$X.train.log" 2>&1
  nice -n 19 java -XX:+UseSerialGC -cp "$cp" org.marsad.cli.Main tag --conll "$W/${X}_test.conll" \
    --model "$W/$v.$X.zip" > "$W/$v.$X.pred" 2> "$W/$v.$X.tag.log"
  echo "$v $X $(python3 ../shared/eval/score.py ner "$W/${X}_test.conll" "$W/$v.$X.pred" | grep ner_f1)"
  cat "$W/${X}_test.conll" >> "$W/pool.$v.gold"; cat "$W/$v.$X.pred" >> "$W/pool.$v.pred"
done
echo "$v pooled $(python3 ../shared/eval/score.py ner "$W/pool.$v.gold" "$W/pool.$v.pred" | grep ner_f1)"
