#!/bin/bash
# runj.sh VARIANT JAR [java opts...]; opts may contain X, replaced by the split letter
v=$1; jar=$2; shift 2
cd ${WORK:-/tmp/ner9}
for X in A B C; do
  opts="${*//@X@/$X}"
  nice java -XX:+UseSerialGC $opts -jar $jar train ner --train ${X}_train.conll --algorithm PERCEPTRON --iterations 100 --model $v.$X.zip > $v.$X.train.log 2>&1
  nice java -XX:+UseSerialGC $opts -jar $jar tag --conll ${X}_test.conll --model $v.$X.zip > $v.$X.pred 2>$v.$X.tag.log
  python3 ${REPO:-/work/ner9}/../shared/eval/score.py ner ${X}_test.conll $v.$X.pred > $v.$X.score 2>&1
  echo "$v $X $(grep ner_f1 $v.$X.score)"
done
