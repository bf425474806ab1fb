/*
 * test_cli_table.c — the command table (src/cli/table.c) is sorted by noun
 * and verb and free of duplicates, as its header promises: dispatch, help,
 * the man page and docs/cli.md all read it in order. Also that each entry
 * is whole (a handler, a summary, sane argument counts, options with
 * names), and that the check itself catches two entries swapped.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "cli/cli.h"

#include <stdlib.h>
#include <string.h>

/* Orders two commands by noun, then verb ("" first). */
static int compare(const cli_command *a, const cli_command *b) {
  int c = strcmp(a->noun, b->noun);
  return c ? c : strcmp(a->verb, b->verb);
}

/* The index of the first entry not strictly after the one before it (out
 * of order, or the same command twice), or -1 when the table is sorted
 * and free of duplicates. */
static long first_out_of_order(const cli_command *t, size_t n) {
  for (size_t i = 1; i < n; i++)
    if (compare(&t[i - 1], &t[i]) >= 0)
      return (long)i;
  return -1;
}

static void test_table_is_sorted_without_duplicates(void **state) {
  (void)state;
  assert_true(cli_command_count > 10);
  long bad = first_out_of_order(cli_commands, cli_command_count);
  if (bad >= 0)
    fail_msg("cli_commands[%ld] (%s %s) does not come after %s %s", bad,
             cli_commands[bad].noun, cli_commands[bad].verb,
             cli_commands[bad - 1].noun, cli_commands[bad - 1].verb);
}

/* The check fails on the real table with any two neighbours swapped, and
 * with one entry repeated. */
static void test_check_catches_a_swap_and_a_duplicate(void **state) {
  (void)state;
  size_t n = cli_command_count;
  cli_command *t = malloc(n * sizeof *t);
  for (size_t i = 0; i + 1 < n; i++) {
    memcpy(t, cli_commands, n * sizeof *t);
    cli_command tmp = t[i];
    t[i] = t[i + 1];
    t[i + 1] = tmp;
    assert_int_equal(first_out_of_order(t, n), (long)i + 1);
  }
  memcpy(t, cli_commands, n * sizeof *t);
  t[n / 2] = t[n / 2 - 1];
  assert_int_equal(first_out_of_order(t, n), (long)(n / 2));
  free(t);
}

static void test_entries_are_whole(void **state) {
  (void)state;
  for (size_t i = 0; i < cli_command_count; i++) {
    const cli_command *c = &cli_commands[i];
    assert_non_null(c->noun);
    assert_true(*c->noun);
    assert_non_null(c->verb);
    assert_non_null(c->run);
    assert_non_null(c->opts);
    assert_non_null(c->summary);
    assert_true(c->min_args >= 0);
    assert_true(c->max_args < 0 || c->max_args >= c->min_args);
    for (const cli_opt *o = c->opts; o->name; o++)
      assert_true(*o->name);
  }
}

/* Every option has a type, checked before its command runs (app_field):
 * a flag takes no value and a valued option is no flag; an enumeration
 * has choices and a number a range. */
static void test_options_are_typed(void **state) {
  (void)state;
  for (size_t i = 0; i < cli_command_count; i++)
    for (const cli_opt *o = cli_commands[i].opts; o->name; o++) {
      if (!o->type)
        fail_msg("%s %s --%s has no type", cli_commands[i].noun,
                 cli_commands[i].verb, o->name);
      assert_int_equal(o->arg == NULL, o->type->type == APP_FT_FLAG);
      if (o->type->type == APP_FT_ENUM)
        assert_non_null(o->type->choices()[0]);
      if (o->type->type == APP_FT_INT)
        assert_true(o->type->min <= o->type->max);
    }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_table_is_sorted_without_duplicates),
      cmocka_unit_test(test_check_catches_a_swap_and_a_duplicate),
      cmocka_unit_test(test_entries_are_whole),
      cmocka_unit_test(test_options_are_typed),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
