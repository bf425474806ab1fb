/*
 * test_util_base.c — allocators, growable buffers and error values.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "util/util.h"

static void test_alloc(void **state) {
  char *p = util_xmalloc(0);
  unsigned char *z = util_xcalloc(100, 1);

  (void)state;
  assert_non_null(p);
  free(p);
  for (int i = 0; i < 100; i++)
    assert_int_equal(z[i], 0);
  z = util_xrealloc(z, 10000);
  z[9999] = 1;
  free(z);
  p = util_xrealloc(NULL, 5);
  assert_non_null(p);
  free(p);
  p = util_xcalloc(0, 0);
  assert_non_null(p);
  free(p);
}

static void test_strdup(void **state) {
  char *s;

  (void)state;
  s = util_xstrdup("Nguy\xe1\xbb\x85n");
  assert_string_equal(s, "Nguy\xe1\xbb\x85n");
  free(s);
  s = util_xstrdup("");
  assert_string_equal(s, "");
  free(s);
  s = util_xstrndup("abcdef", 3);
  assert_string_equal(s, "abc");
  free(s);
  s = util_xstrndup("ab", 10);
  assert_string_equal(s, "ab");
  free(s);
  s = util_xstrndup("ab", 0);
  assert_string_equal(s, "");
  free(s);
  s = util_xasprintf("%s:%d: %s", "a.csv", 12, "bad");
  assert_string_equal(s, "a.csv:12: bad");
  free(s);
  s = util_xasprintf("%s", "");
  assert_string_equal(s, "");
  free(s);
}

/* An allocation that cannot succeed ends the process. In a child, so
 * that the test goes on; under a sanitizer or valgrind the allocator may
 * report it its own way, so the message is checked only on a plain
 * abort. */
static void test_out_of_memory(void **state) {
  int fds[2];
  pid_t pid;
  int status = 0;
  char msg[64] = "";
  ssize_t got;

  (void)state;
  assert_int_equal(pipe(fds), 0);
  pid = fork();
  assert_true(pid >= 0);
  if (pid == 0) {
    dup2(fds[1], STDERR_FILENO);
    close(fds[0]);
    util_xmalloc(SIZE_MAX - 16);
    _exit(0);
  }
  close(fds[1]);
  got = read(fds[0], msg, sizeof msg - 1);
  /* Drained to the end, so that a sanitizer's long report is not cut by
   * SIGPIPE. */
  for (char rest[256]; read(fds[0], rest, sizeof rest) > 0;)
    continue;
  close(fds[0]);
  assert_int_equal(waitpid(pid, &status, 0), pid);
  assert_false(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  if (WIFSIGNALED(status) && WTERMSIG(status) == SIGABRT && got > 0 &&
      strncmp(msg, "cadre", 5) == 0) {
    msg[got] = '\0';
    assert_string_equal(msg, "cadre: out of memory\n");
  }
}

static void test_buf_basics(void **state) {
  util_buf b = {0};

  (void)state;
  util_buf_puts(&b, "");
  assert_non_null(b.data);
  assert_string_equal(b.data, "");
  util_buf_puts(&b, "ab");
  util_buf_putc(&b, 'c');
  util_buf_add(&b, "defXX", 3);
  util_buf_printf(&b, "-%d-%s", 42, "x");
  assert_string_equal(b.data, "abcdef-42-x");
  assert_int_equal(b.len, 11);
  util_buf_add(&b, "\0z", 2);
  assert_int_equal(b.len, 13);
  assert_int_equal(b.data[11], '\0');
  assert_int_equal(b.data[12], 'z');
  assert_int_equal(b.data[13], '\0');
  util_buf_free(&b);
  assert_null(b.data);
  assert_int_equal(b.len, 0);
  assert_int_equal(b.cap, 0);
  util_buf_puts(&b, "again");
  assert_string_equal(b.data, "again");
  util_buf_free(&b);
  util_buf_free(&b);
}

static void test_buf_growth(void **state) {
  util_buf b = {0};
  char *big = util_xmalloc(100001);

  (void)state;
  memset(big, 'x', 100000);
  big[100000] = '\0';
  for (int i = 0; i < 1000; i++)
    util_buf_printf(&b, "%04d,", i);
  assert_int_equal(b.len, 5000);
  assert_memory_equal(b.data + 4995, "0999,", 6);
  util_buf_printf(&b, "%s", big);
  assert_int_equal(b.len, 105000);
  assert_int_equal(strlen(b.data), 105000);
  assert_true(b.cap > b.len);
  util_buf_free(&b);
  free(big);
}

static void test_buf_reset_take(void **state) {
  util_buf b = {0};
  char *s;
  size_t cap;

  (void)state;
  util_buf_reset(&b); /* on an empty buffer */
  s = util_buf_take(&b);
  assert_string_equal(s, "");
  free(s);
  util_buf_puts(&b, "hello");
  cap = b.cap;
  util_buf_reset(&b);
  assert_int_equal(b.len, 0);
  assert_int_equal(b.cap, cap);
  assert_string_equal(b.data, "");
  util_buf_puts(&b, "world");
  s = util_buf_take(&b);
  assert_string_equal(s, "world");
  assert_null(b.data);
  assert_int_equal(b.len, 0);
  free(s);
}

static void vprintf_helper(util_buf *b, const char *fmt, ...) UTIL_PRINTF(2, 3);

static void vprintf_helper(util_buf *b, const char *fmt, ...) {
  va_list ap;

  va_start(ap, fmt);
  util_buf_vprintf(b, fmt, ap);
  va_end(ap);
}

static void test_buf_vprintf(void **state) {
  util_buf b = {0};

  (void)state;
  vprintf_helper(&b, "%s=%ld", "n", 123456789L);
  vprintf_helper(&b, "%s", "");
  assert_string_equal(b.data, "n=123456789");
  util_buf_free(&b);
}

static void test_fail(void **state) {
  util_err e = {0};

  (void)state;
  assert_int_equal(util_fail(&e, UTIL_REFUSED, "no member %d", 1042), -1);
  assert_int_equal(e.code, UTIL_REFUSED);
  assert_string_equal(e.msg, "no member 1042");
  assert_int_equal(util_fail(NULL, UTIL_SYSTEM, "ignored"), -1);
  util_err_prefix(&e, "%s:%d: ", "members.csv", 7);
  assert_string_equal(e.msg, "members.csv:7: no member 1042");
  assert_int_equal(e.code, UTIL_REFUSED);
  util_err_prefix(&e, "%s", "");
  assert_string_equal(e.msg, "members.csv:7: no member 1042");
  util_err_prefix(NULL, "x");
}

static void test_fail_long(void **state) {
  util_err e = {0};
  char *long_text = util_xmalloc(3001);
  size_t len;

  (void)state;
  /* Two-byte letters throughout, so that any odd cut splits one. */
  for (int i = 0; i < 1500; i++)
    memcpy(long_text + 2 * i, "\xc3\xa9", 2);
  long_text[3000] = '\0';
  util_fail(&e, UTIL_USAGE, "%s", long_text);
  len = strlen(e.msg);
  assert_int_equal(len, 2046);
  assert_true(util_utf8_valid(e.msg, len));
  util_err_prefix(&e, "ab");
  len = strlen(e.msg);
  assert_int_equal(len, 2046);
  assert_true(util_utf8_valid(e.msg, len));
  assert_memory_equal(e.msg, "ab\xc3\xa9", 4);
  /* A prefix longer than the whole message. */
  util_err_prefix(&e, "%s", long_text);
  len = strlen(e.msg);
  assert_int_equal(len, 2046);
  assert_true(util_utf8_valid(e.msg, len));
  assert_int_equal(e.code, UTIL_USAGE);
  free(long_text);
}

/* The same seed gives the same numbers: the demo and the benchmarks are
 * reproducible. The first values of splitmix64 from seed 0 are published
 * with the algorithm. */
static void test_rng(void **state) {
  (void)state;
  util_rng r = {0};
  assert_true(util_rng_next(&r) == 0xE220A8397B1DCDAFull);
  assert_true(util_rng_next(&r) == 0x6E789E6AA1B965F4ull);
  util_rng a = {42}, b = {42};
  for (int i = 0; i < 1000; i++) {
    int x = util_rng_below(&a, 7);
    assert_int_equal(x, util_rng_below(&b, 7));
    assert_in_range(x, 0, 6);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_rng),
      cmocka_unit_test(test_alloc),
      cmocka_unit_test(test_strdup),
      cmocka_unit_test(test_out_of_memory),
      cmocka_unit_test(test_buf_basics),
      cmocka_unit_test(test_buf_growth),
      cmocka_unit_test(test_buf_reset_take),
      cmocka_unit_test(test_buf_vprintf),
      cmocka_unit_test(test_fail),
      cmocka_unit_test(test_fail_long),
  };

  return cmocka_run_group_tests(tests, NULL, NULL);
}
