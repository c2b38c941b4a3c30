#!/usr/bin/env bash
# Trains the entity tagger on CoNLL-2003 eng.train.iob, writes src/Newspipe.Enrichment/Resources/ner-model.bin and
# prints the exact-span precision/recall/F1 on eng.dev.iob by type. The data come from NEWSPIPE_SHARED or ../shared
# beside the repository; they are never copied into it. Deterministic: the same data give a byte-identical model.
# Extra arguments go to the trainer (--epochs N, --seed S, --threshold T, --every-epoch).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${NEWSPIPE_SHARED:-$root/../shared}"
data="$shared/data/conll2003"
model="${NER_MODEL_OUT:-$root/src/Newspipe.Enrichment/Resources/ner-model.bin}"
for file in eng.train.iob eng.dev.iob; do
  [ -f "$data/$file" ] || { echo "train-ner: $data/$file not found (set NEWSPIPE_SHARED)" >&2; exit 1; }
done

dotnet build "$root/tools/Newspipe.NerTraining/Newspipe.NerTraining.csproj" -c Release --nologo -v q "-clp:ErrorsOnly;NoSummary"
dotnet "$root/tools/Newspipe.NerTraining/bin/Release/net10.0/newspipe-ner-training.dll" \
  "$data/eng.train.iob" "$data/eng.dev.iob" "$model" "$@"
sha256sum "$model"
