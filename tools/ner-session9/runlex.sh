#!/bin/bash
# runlex.sh VARIANT MIN MODE(unseen|all) [java opts]
v=$1; mn=$2; mode=$3; shift 3
cd ${WORK:-/tmp/ner9}
J=${REPO:-/work/ner9}/marsad-cli/target/marsad.jar
CP=${REPO:-/work/ner9}/marsad-core/target/test-classes:$J
extra=""; [ "$mode" = all ] && extra=all
for X in A B C; do
  python3 ${REPO:-/work/ner9}/tools/ner-session9/filt.py ind$X.tsv known$X.txt $mn t_$v.$X.tsv $extra 2>>$v.filt.log
  for k in 0 1 2 3; do python3 ${REPO:-/work/ner9}/tools/ner-session9/filt.py indJ$X$k.tsv knownJ$X$k.txt $mn t_$v.$X$k.tsv $extra 2>>$v.filt.log; done
  nice java -XX:+UseSerialGC -Dmarsad.ner.inducedFile=t_$v.$X.tsv "$@" -cp $CP org.marsad.ner.InducedJackknifeExperiment ${X}_train.conll $v.$X.zip t_$v.${X}0.tsv t_$v.${X}1.tsv t_$v.${X}2.tsv t_$v.${X}3.tsv > $v.$X.train.log 2>&1
  nice java -XX:+UseSerialGC -Dmarsad.ner.inducedFile=t_$v.$X.tsv "$@" -jar $J tag --conll ${X}_test.conll --model $v.$X.zip > $v.$X.pred 2>$v.$X.tag.log
  python3 ${REPO:-/work/ner9}/../shared/eval/score.py ner ${X}_test.conll $v.$X.pred > $v.$X.score 2>&1
  echo "$v $X $(grep ner_f1 $v.$X.score)"
done
