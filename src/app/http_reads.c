/*
 * http_reads.c — what the server needs of app beyond what the command line
 * does: front ends call nothing below app/ (tests/layering.sh).
 */
#include "app/app_int.h"

void app_user_clear(store_user *u) {
  store_user_clear(u);
}
