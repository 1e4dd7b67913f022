# Install rules and the two Debian packages (issue 22): `cmake --build build --target package`
# writes appraisal-station_<version>_<arch>.deb and appraisal-server_<version>_<arch>.deb into the
# build folder. The version is the project's (CMakeLists.txt), the same every program prints with
# --version. Paths follow Debian: programs in /usr/bin, data in /usr/share, units in /lib/systemd.
include(GNUInstallDirs)

set(APPRAISAL_PACKAGE_MAINTAINER "Appraisal Site Workstation developers <packaging@appraisalsite.org>"
    CACHE STRING "Maintainer field of the Debian packages")
# The release date shown in the AppStream metadata and the Debian changelog: the date of the last
# commit, so two builds of the same commit make the same packages.
execute_process(COMMAND git log -1 --format=%cs WORKING_DIRECTORY ${CMAKE_SOURCE_DIR}
                OUTPUT_VARIABLE APPRAISAL_RELEASE_DATE OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
execute_process(COMMAND git log -1 --format=%cD WORKING_DIRECTORY ${CMAKE_SOURCE_DIR}
                OUTPUT_VARIABLE APPRAISAL_RELEASE_RFC2822 OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
if(NOT APPRAISAL_RELEASE_DATE)
    string(TIMESTAMP APPRAISAL_RELEASE_DATE "%Y-%m-%d" UTC)
    string(TIMESTAMP APPRAISAL_RELEASE_RFC2822 "%a, %d %b %Y %H:%M:%S +0000" UTC)
endif()

set(packaging ${CMAKE_SOURCE_DIR}/packaging)
set(generated ${CMAKE_BINARY_DIR}/packaging)
file(MAKE_DIRECTORY ${generated})

# ---------------------------------------------------------------- appraisal-station
install(TARGETS appraisal-station appraisal-admin appraisal-samsim
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT station)
install(FILES ${packaging}/desktop/org.appraisalsite.station.desktop
              ${packaging}/desktop/org.appraisalsite.halldisplay.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications COMPONENT station)
configure_file(${packaging}/desktop/org.appraisalsite.station.metainfo.xml.in
               ${generated}/org.appraisalsite.station.metainfo.xml @ONLY)
install(FILES ${generated}/org.appraisalsite.station.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo COMPONENT station)
install(FILES ${packaging}/icons/appraisal-station.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps COMPONENT station)
foreach(size 48 64 128 256)
    install(FILES ${packaging}/icons/appraisal-station-${size}.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
            RENAME appraisal-station.png COMPONENT station)
endforeach()
# The exam templates, the sample clause catalog and the demo venue are built into the programs
# (Qt resources), like the translations; the package also ships them as files, as the starting
# point of a venue's own templates (setting forms.exam_dir) and roster files.
install(DIRECTORY ${CMAKE_SOURCE_DIR}/forms/exam ${CMAKE_SOURCE_DIR}/resources/catalog
                  ${CMAKE_SOURCE_DIR}/resources/demo
        DESTINATION ${CMAKE_INSTALL_DATADIR}/appraisal-station COMPONENT station)
# Serial ID card readers and USB ticket printers for the person at the seat (uaccess), no root.
install(FILES ${packaging}/udev/70-appraisal-station.rules DESTINATION /lib/udev/rules.d COMPONENT station)

# The announcement clip pack, spoken by espeak-ng at build time (packaging/make-clip-pack.sh).
find_program(ESPEAK_NG espeak-ng)
if(ESPEAK_NG)
    add_custom_command(OUTPUT ${CMAKE_BINARY_DIR}/clips/pack.json
                       COMMAND ${packaging}/make-clip-pack.sh ${CMAKE_BINARY_DIR}/clips > /dev/null
                       DEPENDS ${packaging}/make-clip-pack.sh
                       COMMENT "Speaking the announcement clip pack")
    add_custom_target(clip_pack ALL DEPENDS ${CMAKE_BINARY_DIR}/clips/pack.json)
    install(DIRECTORY ${CMAKE_BINARY_DIR}/clips/ DESTINATION ${CMAKE_INSTALL_DATADIR}/appraisal-station/clips
            COMPONENT station)
else()
    message(WARNING "espeak-ng not found: the station package will have no announcement clip pack")
endif()

# ---------------------------------------------------------------- appraisal-server
install(TARGETS appraisal-server RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT server)
install(PROGRAMS ${packaging}/server/appraisal-server-launch
        DESTINATION ${CMAKE_INSTALL_LIBEXECDIR}/appraisal COMPONENT server)
install(FILES ${packaging}/systemd/appraisal-server@.service DESTINATION /lib/systemd/system COMPONENT server)
install(FILES ${packaging}/server/central.conf ${packaging}/server/hub.conf
        DESTINATION /etc/appraisal COMPONENT server)

# ---------------------------------------------------------------- both: man pages and docs
# Man pages from each program's --help (help2man), so they never drift from the programs.
find_program(HELP2MAN help2man)
set(man_pages)
if(HELP2MAN)
    foreach(program appraisal-station appraisal-admin appraisal-samsim appraisal-server)
        set(page ${generated}/man/${program}.1)
        add_custom_command(
            OUTPUT ${page}.gz
            COMMAND ${CMAKE_COMMAND} -E make_directory ${generated}/man
            # HOME=~ so a default under the home folder reads "~/.local/share/…", not the builder's.
            COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 LANG=C.UTF-8 HOME=~
                    QT_LOGGING_RULES=default.warning=false
                    ${HELP2MAN} --no-info --locale=C.UTF-8 --section=1
                    --include=${packaging}/man/${program}.h2m --output=${page} $<TARGET_FILE:${program}>
            COMMAND gzip -9nf ${page}
            DEPENDS ${program} ${packaging}/man/${program}.h2m
            COMMENT "Writing the man page of ${program}")
        list(APPEND man_pages ${page}.gz)
        if(program STREQUAL "appraisal-server")
            install(FILES ${page}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT server)
        else()
            install(FILES ${page}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT station)
        endif()
    endforeach()
    add_custom_target(man_pages ALL DEPENDS ${man_pages})
else()
    message(WARNING "help2man not found: the packages will have no man pages")
endif()

# /usr/share/doc/<package>: copyright, the Debian changelog (one entry per release) and ours.
configure_file(${packaging}/debian/changelog.in ${generated}/changelog.Debian @ONLY)
add_custom_command(OUTPUT ${generated}/changelog.Debian.gz ${generated}/changelog.gz
                   COMMAND gzip -9nc ${generated}/changelog.Debian > ${generated}/changelog.Debian.gz
                   COMMAND gzip -9nc ${CMAKE_SOURCE_DIR}/CHANGELOG.md > ${generated}/changelog.gz
                   DEPENDS ${generated}/changelog.Debian ${CMAKE_SOURCE_DIR}/CHANGELOG.md)
add_custom_target(package_docs ALL DEPENDS ${generated}/changelog.Debian.gz ${generated}/changelog.gz)
foreach(component station server)
    install(FILES ${packaging}/debian/copyright ${generated}/changelog.Debian.gz ${generated}/changelog.gz
            DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/appraisal-${component} COMPONENT ${component})
endforeach()

# ---------------------------------------------------------------- CPack
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME appraisal)
set(CPACK_PACKAGE_VENDOR "Appraisal Site Workstation")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
# Each package's first description line is its own summary (CPACK_DEBIAN_<COMPONENT>_DESCRIPTION),
# not the project's.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_PACKAGE_CONTACT ${APPRAISAL_PACKAGE_MAINTAINER})
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${APPRAISAL_PACKAGE_MAINTAINER})
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL station server)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://appraisalsite.org/")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_PACKAGE_DIRECTORY ${CMAKE_BINARY_DIR})
set(CPACK_THREADS 2)

set(CPACK_DEBIAN_STATION_PACKAGE_NAME appraisal-station)
set(CPACK_DEBIAN_STATION_PACKAGE_SECTION misc)
# Computed by dpkg-shlibdeps, plus what Qt loads at run time: the platform, SQLite and SVG
# plugins, and Chinese fonts. The keyring holds the station's data key.
set(CPACK_DEBIAN_STATION_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, qt6-qpa-plugins, libqt6svg6, fonts-noto-cjk | fonts-wqy-microhei")
set(CPACK_DEBIAN_STATION_PACKAGE_RECOMMENDS
    "gnome-keyring | kwalletmanager, qt6-translations-l10n, qt6-speech-speechd-plugin")
set(CPACK_DEBIAN_STATION_DESCRIPTION
    "labour-capacity appraisal site workstation
The workstation of a labour-capacity appraisal venue (劳动能力鉴定现场工作站):
check-in from the ID card against the day's roster, calling to the examination
rooms, findings entered by the experts, review and the conclusion, all kept on
the local disk first. Contains appraisal-station (with a menu entry for the
station and one for the full-screen hall display), the appraisal-admin
command-line tool and the appraisal-samsim card reader simulator.")
set(CPACK_DEBIAN_STATION_PACKAGE_CONTROL_EXTRA
    ${packaging}/debian/station/postinst ${packaging}/debian/station/postrm)
set(CPACK_DEBIAN_STATION_PACKAGE_CONTROL_STRICT_PERMISSION ON)

set(CPACK_DEBIAN_SERVER_PACKAGE_NAME appraisal-server)
set(CPACK_DEBIAN_SERVER_PACKAGE_SECTION net)
set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "adduser, libqt6sql6-sqlite")
# PostgreSQL for a central server; openssl makes the first self-signed certificate; the hub's
# venue database is prepared with appraisal-admin.
set(CPACK_DEBIAN_SERVER_PACKAGE_RECOMMENDS "openssl, libqt6sql6-psql, appraisal-station")
set(CPACK_DEBIAN_SERVER_DESCRIPTION
    "appraisal venue hub and central reference server
The headless server of the labour-capacity appraisal site workstation. As the
venue hub it decides queue numbers and calls for every station of a venue and
streams the events to them; as the central server it receives the stations'
records and serves the reference data. Runs as the systemd services
appraisal-server@hub and appraisal-server@central with the settings in
/etc/appraisal and the data in /var/lib/appraisal.")
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA
    ${packaging}/debian/server/conffiles ${packaging}/debian/server/postinst
    ${packaging}/debian/server/prerm ${packaging}/debian/server/postrm)
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_STRICT_PERMISSION ON)

include(CPack)
