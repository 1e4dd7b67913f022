#pragma once

#include "migrations.h"

// The schema steps, one function per version, by era (migrations.cpp lists them in order):
// migrationsfounding.cpp  1-12  the station: cases, audit, desk, routing, opinions, time limits
// migrationsvenue.cpp    13-19  materials, sync with the centre, the venue hub, venue administration
// migrationsyear.cpp     20-28  a year of history: counters, health, statistics, materials out of the
//                               database, backups in the cost of their changes, worklists
namespace store::steps {

QStringList version1();
QStringList version2();
QStringList version3();
Migration version4();
QStringList version5();
QStringList version6();
QStringList version7();
QStringList version8();
QStringList version9();
QStringList version10();
QStringList version11();
QStringList version12();
QStringList version13();
QStringList version14();
QStringList version15();
QStringList version16();
QStringList version17();
QStringList version18();
QStringList version19();
QStringList version20();
QStringList version21();
Migration version22();
QStringList version23();
Migration version24();
QStringList version25();
QStringList version26();
QStringList version27();
QStringList version28();

} // namespace store::steps
