#!/bin/bash
cd ${WORK:-/tmp/ner9}

J=${REPO:-/work/ner9}/marsad-cli/target/marsad.jar
for X in A B C; do
  for k in 0 1 2 3; do
    nice java -XX:+UseSerialGC -jar $J train ner --train J$X${k}_train.conll --algorithm PERCEPTRON --iterations 100 --model J$X$k.zip > J$X$k.log 2>&1
    nice java -XX:+UseSerialGC -jar $J train lexicon --input ${REPO:-/work/ner9}/../shared/data/ant-unlabeled.jsonl --model J$X$k.zip --output indJ$X$k.tsv --min-count 3 >> J$X$k.log 2>&1
    echo "done J$X$k $(date +%T)"
  done
  nice java -XX:+UseSerialGC -jar $J train lexicon --input ${REPO:-/work/ner9}/../shared/data/ant-unlabeled.jsonl --model base.$X.zip --output ind$X.tsv --min-count 3 > ind$X.log 2>&1
  echo "done ind$X $(date +%T)"
done
