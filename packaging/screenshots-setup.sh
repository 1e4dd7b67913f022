#!/bin/bash
# Screenshots of the setup assistant, the administration tabs and the settings dialog at 1366x768:
# the real station on an empty data folder under Xvfb + openbox, driven with xdotool (keyboard and
# clicks at the positions of the zh_CN/en layout). Run inside packaging/with-keyring.sh:
#   packaging/with-keyring.sh packaging/screenshots-setup.sh zh_CN 91   (or en)
# Needs xvfb openbox xdotool imagemagick.
L=${1:-zh_CN}; N=${2:-91}; D=$(mktemp -d); OUT=${OUT:-build/screenshots/setup}/$L; mkdir -p $OUT
Xvfb :$N -screen 0 1366x768x24 >/dev/null 2>&1 & XP=$!
sleep 1; export DISPLAY=:$N
openbox >/dev/null 2>&1 & OP=$!
sleep 1
${STATION:-build/bin/appraisal-station} --data-dir $D --lang $L >$OUT/station.log 2>&1 & SP=$!
sleep 4
shot() { import -window root $OUT/$1.png; }
shot 01-choice
xdotool key Return; sleep 1; shot 02-server
xdotool key Return; sleep 1
xdotool type --delay 10 "V3301"; xdotool key Tab; xdotool type --delay 10 "Hangzhou Appraisal Centre"; xdotool key Tab; xdotool type "Hangzhou Committee"; xdotool key Tab; xdotool type "1 Test Road"; xdotool key Tab; xdotool type "0571-12345678"
sleep 0.5; shot 03-venue
xdotool key Return; sleep 1
xdotool type "R1"; xdotool key Return; xdotool type "Room 1"; xdotool key Return
xdotool type "R2"; xdotool key Return; xdotool type "Room 2"; xdotool key Return
sleep 0.5; shot 04-rooms
xdotool key alt+n; sleep 1; shot 05a-admin-empty
xdotool type "chief"; sleep 0.3; shot 05a2; xdotool key Tab; xdotool type "Wang"; xdotool key Tab; xdotool type "Chief2026x"; xdotool key Tab; xdotool type "Chief2026y"; sleep 0.3; shot 05a3; xdotool key Return
sleep 0.5; shot 05-admin-problem
xdotool key ctrl+a; xdotool type "Chief2026x"; sleep 0.3; shot 05b-admin
xdotool key Return; sleep 3; shot 06-after-finish
xdotool mousemove 398 431 click 1; sleep 0.3; xdotool mousemove 920 477 click 1; sleep 2; shot 07-login
xdotool type "chief"; xdotool key Tab; xdotool type "Chief2026x"; xdotool key Return; sleep 3; shot 08-admin-venue
# Tab and button positions differ with the language.
if [ "$L" = en ]; then TABS="385 489 619 753 855 953"; SETTINGS=1274; else TABS="385 459 555 666 756 845"; SETTINGS=1192; fi
i=9; for x in $TABS; do xdotool mousemove $x 136 click 1; sleep 0.8; shot $(printf "%02d" $i)-admin-tab-$i; i=$((i+1)); done
xdotool mousemove $SETTINGS 58 click 1; sleep 1.5; shot 20-settings
xdotool key Down; sleep 0.3; shot 21-settings-hall
xdotool key Down; sleep 0.3; shot 22-settings-sync
xdotool key Down; sleep 0.3; shot 23-settings-lan
xdotool key Down; sleep 0.3; shot 24-settings-security
xdotool key Down; sleep 0.3; shot 25-settings-limits
xdotool key Down; sleep 0.3; shot 26-settings-queue
xdotool key Down; sleep 0.3; shot 27-settings-files
kill $SP; sleep 1; kill $OP $XP
rm -rf "$D"
