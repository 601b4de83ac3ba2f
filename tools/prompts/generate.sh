#!/usr/bin/env bash
# Renders the built-in prompt library from it.txt and en.txt (lines "name<TAB>text") with espeak-ng and sox:
# 16 kHz, 16-bit, mono PCM WAV, leading/trailing silence trimmed, band-limited to the telephone band and
# levelled to about -18 dBFS RMS with peaks at or below -3 dBFS. Output:
#   media/src/main/resources/org/centralino/media/prompts/<lang>/<name>.wav
# The audio is committed: the PBX never runs espeak. Idempotent: running it again rewrites the same files
# (no dither, fixed settings) and removes WAVs whose name is no longer listed.
# Needs: espeak-ng, sox (Debian: apt-get install espeak-ng sox), awk.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
out_root="$repo/media/src/main/resources/org/centralino/media/prompts"

# A calm telephone voice: a touch slower than espeak-ng's default 175 wpm, slightly lower pitch; pauses inside
# phrases are capped at 0.25 s. Together these keep the whole library (both languages) near 8 MB.
SPEED=170
PITCH=40
TARGET_RMS_DB=-18
PEAK_LIMIT_DB=-3

missing=()
for tool in espeak-ng sox awk; do
    command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
if ((${#missing[@]})); then
    echo "generate.sh: missing tool(s): ${missing[*]} (Debian: apt-get install espeak-ng sox gawk)" >&2
    exit 1
fi

voice_for() {
    case "$1" in
        it) echo "it" ;;
        en) echo "en-gb" ;;
        *) echo "generate.sh: no voice configured for language '$1'" >&2; return 1 ;;
    esac
}

# Prints "rms_db peak_db" of a file as measured by sox stats.
levels() {
    sox "$1" -n stats 2>&1 | awk '/^RMS lev dB/ {r=$4} /^Pk lev dB/ {p=$4} END {print r, p}'
}

render() { # lang voice name text
    local lang="$1" voice="$2" name="$3" text="$4" tmp="$5"
    local raw="$tmp/raw.wav" shaped="$tmp/shaped.wav" dest="$out_root/$lang/$name.wav"
    espeak-ng -v "$voice" -s "$SPEED" -p "$PITCH" -w "$raw" -- "$text"
    # 16 kHz mono; trim silence at both ends and shorten pauses inside to 0.25 s (below -50 dBFS);
    # telephone band 100 Hz - 7 kHz (with headroom so the filters cannot clip); a compressor with a short
    # look-ahead so speech reaches the RMS target with peaks under the limit; 20 ms of fade-free padding.
    sox -D -R "$raw" -r 16000 -b 16 -c 1 "$shaped" \
        silence 1 0.01 -50d reverse silence 1 0.01 -50d reverse \
        silence -l 1 0.01 -50d -1 0.25 -50d \
        gain -6 highpass 100 lowpass 7000 \
        compand 0.002,0.05 -70,-70,-50,-34,-30,-20,-15,-12,0,-8 0 -70 0.003 \
        pad 0.02 0.02
    read -r rms peak < <(levels "$shaped")
    local gain
    gain=$(awk -v r="$rms" -v p="$peak" -v t="$TARGET_RMS_DB" -v l="$PEAK_LIMIT_DB" \
        'BEGIN { g = t - r; if (p + g > l) g = l - p; printf "%.2f", g }')
    sox -D -R "$shaped" -t wavpcm -e signed-integer -b 16 "$dest" gain "$gain"
}

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
for lang in it en; do
    list="$here/$lang.txt"
    voice="$(voice_for "$lang")"
    mkdir -p "$out_root/$lang"
    : >"$tmp/names"
    count=0
    while IFS=$'\t' read -r name text || [[ -n "$name" ]]; do
        [[ -z "$name" || "$name" == \#* ]] && continue
        if [[ ! "$name" =~ ^[a-z0-9_]+$ || -z "$text" ]]; then
            echo "generate.sh: $list: bad line for '$name' (want snake_case name, a tab, then text)" >&2
            exit 1
        fi
        render "$lang" "$voice" "$name" "$text" "$tmp"
        echo "$name.wav" >>"$tmp/names"
        count=$((count + 1))
    done <"$list"
    # Drop prompts that are no longer listed, so the library is exactly the list.
    for f in "$out_root/$lang"/*.wav; do
        [[ -e "$f" ]] || continue
        grep -qxF "$(basename "$f")" "$tmp/names" || rm -f "$f"
    done
    echo "$lang: $count prompts in $out_root/$lang ($(du -sh "$out_root/$lang" | cut -f1))"
done
