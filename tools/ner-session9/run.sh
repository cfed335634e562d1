#!/bin/bash
# usage: run.sh VARIANT [extra java opts]   -> trains/tag/score A B C sequentially
v=$1; shift
cd ${REPO:-/work/ner9}
for X in ${BLOCKS:-A B C}; do
  MARSAD_JAVA_OPTS="$*" MARSAD_REBUILD=never nice ./marsad train ner --train ${WORK:-/tmp/ner9}/${X}_train.conll --algorithm PERCEPTRON --iterations 100 --model ${WORK:-/tmp/ner9}/$v.$X.zip > ${WORK:-/tmp/ner9}/$v.$X.train.log 2>&1
  MARSAD_JAVA_OPTS="$*" MARSAD_REBUILD=never nice ./marsad tag --conll ${WORK:-/tmp/ner9}/${X}_test.conll --model ${WORK:-/tmp/ner9}/$v.$X.zip > ${WORK:-/tmp/ner9}/$v.$X.pred 2>${WORK:-/tmp/ner9}/$v.$X.tag.log
  python3 ../shared/eval/score.py ner ${WORK:-/tmp/ner9}/${X}_test.conll ${WORK:-/tmp/ner9}/$v.$X.pred > ${WORK:-/tmp/ner9}/$v.$X.score 2>&1
  echo "$v $X $(grep ner_f1 ${WORK:-/tmp/ner9}/$v.$X.score | tr '\n' ' ')"
done
