#!/usr/bin/env bash
# Generates the default announcement clip pack with espeak-ng (Debian package espeak-ng), offline.
# Usage: packaging/make-clip-pack.sh DIR
# Layout (see modules/announce/announcement.h): words/please|number|goto.wav, digits/0-9.wav,
# letters/A-Z.wav, rooms/1-30.wav ("N号诊室"); all 16-bit mono at espeak-ng's 22050 Hz. The
# station generates its chime itself; a chime.wav in the pack replaces it.
set -euo pipefail
out="${1:?usage: make-clip-pack.sh DIR}"
command -v espeak-ng >/dev/null || { echo "espeak-ng is not installed (apt install espeak-ng)" >&2; exit 1; }
voice="${CLIP_VOICE:-cmn}"
speed="${CLIP_SPEED:-150}"
mkdir -p "$out/words" "$out/digits" "$out/letters" "$out/rooms"
say() { espeak-ng -v "$voice" -s "$speed" -w "$1" "$2"; }
say "$out/words/please.wav" "请"
say "$out/words/number.wav" "号"
say "$out/words/goto.wav" "到"
numerals=(零 一 二 三 四 五 六 七 八 九)
for d in 0 1 2 3 4 5 6 7 8 9; do say "$out/digits/$d.wav" "${numerals[$d]}"; done
for l in {A..Z}; do espeak-ng -v en -s "$speed" -w "$out/letters/$l.wav" "$l"; done
chinese_number() { # 1..99 as spoken: 十二, 二十, 二十一
    local n=$1 tens=$(( $1 / 10 )) ones=$(( $1 % 10 )) text=""
    if (( tens > 1 )); then text="${numerals[$tens]}"; fi
    if (( tens > 0 )); then text="${text}十"; fi
    if (( ones > 0 || n == 0 )); then text="${text}${numerals[$ones]}"; fi
    echo "$text"
}
for r in $(seq 1 30); do say "$out/rooms/$r.wav" "$(chinese_number "$r")号诊室"; done
printf '{"name": "espeak-ng %s", "language": "zh_CN"}\n' "$voice" > "$out/pack.json"
echo "clip pack written to $out"
