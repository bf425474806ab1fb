/*
 * contrib.c — what members and organisations add to the tallies of the
 * organisations above them.
 *
 * A member's timeline is cut into pieces: stretches in one cell during which
 * that cell's place in the tree does not change. For every organisation on a
 * piece's path the member counts in the stock from the piece's first day and
 * stops counting on its end. Where two pieces meet, an organisation on the
 * first path but not on the second sees the member go out (a transfer, or a
 * move of the member's organisation), and the other way round in. Where a
 * piece has no neighbour, membership began (admitted, readmitted) or ended
 * (removed, resigned, deceased, expelled). This is how "events count where
 * they happened": every figure lands on the organisations that held the
 * member on that day.
 */
#include "core/core.h"

#include <stdlib.h>
#include <string.h>

typedef struct piece {
  util_day a, b;
  size_t seg;
  const core_path *path;
} piece;

static bool on_path(const core_path *p, size_t depth, int64_t org) {
  for (size_t i = 0; i < depth; i++)
    if (p->ids[i] == org)
      return true;
  return false;
}

static void emit(const core_sink *s, int64_t org, util_day day, uint32_t key,
                 int64_t n) {
  s->emit(s->ctx, org, day, key, n);
}

util_day core_probation_start(const core_timeline *t, size_t seg) {
  while (seg > 0 && !(t->seg[seg].start & CORE_C_ENTERED))
    seg--;
  /* A historic register begins after the admission, its probation with
   * it; a register is always a member's first membership. */
  if (t->seg[seg].start & CORE_C_REGISTERED)
    return t->state.admitted;
  return t->seg[seg].from;
}

static void emit_stock(const core_sink *s, int64_t org, util_day day,
                       const core_profile *p, const core_segment *seg,
                       int sign) {
  emit(s, org, day, CORE_KEY(CORE_D_STATUS, seg->status), sign);
  emit(s, org, day, CORE_KEY(CORE_D_GENDER, p->gender), sign);
  emit(s, org, day, CORE_KEY(CORE_D_BORN, util_day_year(p->born)), sign);
  emit(s, org, day, CORE_KEY(CORE_D_ETHNICITY, p->ethnicity), sign);
  emit(s, org, day, CORE_KEY(CORE_D_EDUCATION, p->education), sign);
  emit(s, org, day, CORE_KEY(CORE_D_THEORY, p->theory), sign);
  if (p->key_cadre)
    emit(s, org, day, CORE_KEY(CORE_D_KEY_CADRE, 0), sign);
  if (seg->status == CORE_OFFICIAL)
    emit(s, org, day, CORE_KEY(CORE_D_ORIGIN, util_day_year(seg->origin)),
         sign);
}

static void flow(const core_sink *s, int64_t org, util_day day,
                 enum core_flow f) {
  emit(s, org, day, CORE_KEY(CORE_D_FLOW, f), 1);
}

static size_t cut_pieces(const core_timeline *t, const core_sink *s,
                         piece **out) {
  size_t n = 0, cap = 0;
  piece *pc = NULL;
  for (size_t i = 0; i < t->nseg; i++) {
    const core_segment *seg = &t->seg[i];
    const core_path *paths;
    size_t np = s->paths(s->ctx, seg->cell, &paths);
    for (size_t j = 0; j < np; j++) {
      const core_path *p = &paths[j];
      util_day a = seg->from > p->from ? seg->from : p->from;
      util_day b = seg->to < p->to ? seg->to : p->to;
      bool empty_here =
          seg->from == seg->to && p->from <= seg->from && seg->from < p->to;
      if (a >= b && !empty_here)
        continue;
      if (n == cap) {
        cap = cap ? 2 * cap : 8;
        pc = util_xrealloc(pc, cap * sizeof *pc);
      }
      pc[n++] = (piece){.a = empty_here ? seg->from : a,
                        .b = empty_here ? seg->from : b,
                        .seg = i,
                        .path = p};
    }
  }
  *out = pc;
  return n;
}

/* The flows of leaving are in the order of the statuses of leaving. */
static enum core_flow leave_flow(unsigned cause) {
  return (enum core_flow)(CORE_F_REMOVED +
                          (core_leaving(cause) - CORE_REMOVED));
}

/* Counts the member in the stock of `org` over [a, b), with the profile
 * in force on each day of it. */
static void stock(const core_sink *s, int64_t org, util_day a, util_day b,
                  const core_profile *p, size_t np, const core_segment *seg) {
  for (size_t j = 0; j < np; j++) {
    util_day from = j ? p[j].since : a, to = j + 1 < np ? p[j + 1].since : b;
    util_day x = from > a ? from : a, y = to < b ? to : b;
    if (x >= y)
      continue;
    emit_stock(s, org, x, &p[j], seg, 1);
    if (y != UTIL_DAY_MAX)
      emit_stock(s, org, y, &p[j], seg, -1);
  }
}

static void member_piece(const core_profile *p, size_t np,
                         const core_timeline *t, const piece *pc, size_t n,
                         size_t k, const core_sink *s) {
  const piece *cur = &pc[k];
  const core_segment *seg = &t->seg[cur->seg];
  const piece *prev = k > 0 && pc[k - 1].b == cur->a ? &pc[k - 1] : NULL;
  const piece *next =
      k + 1 < n && cur->b != UTIL_DAY_MAX && pc[k + 1].a == cur->b ? &pc[k + 1]
                                                                   : NULL;
  bool first_of_seg = k == 0 || pc[k - 1].seg != cur->seg;
  /* A probationary member counts as overdue from the day the 12 months
   * end: a recognition, which takes effect that very day, ends the
   * probationary segment there, so only those never recognised count. */
  util_day overdue = UTIL_DAY_MAX;
  if (seg->status == CORE_PROBATIONARY) {
    overdue = core_official_date(core_probation_start(t, cur->seg));
    if (overdue < cur->a)
      overdue = cur->a;
  }
  for (size_t i = 0; i < cur->path->depth; i++) {
    int64_t org = cur->path->ids[i];
    if (!s->want(s->ctx, org))
      continue;
    stock(s, org, cur->a, cur->b, p, np, seg);
    if (overdue < cur->b) {
      emit(s, org, overdue, CORE_KEY(CORE_D_OVERDUE, 0), 1);
      if (cur->b != UTIL_DAY_MAX)
        emit(s, org, cur->b, CORE_KEY(CORE_D_OVERDUE, 0), -1);
    }
    if (prev) {
      if (!on_path(prev->path, prev->path->depth, org))
        flow(s, org, cur->a, CORE_F_MEMBERS_IN);
    } else if (!(seg->start & CORE_C_REGISTERED)) {
      /* A historic register begins without an admission to count. */
      flow(s, org, cur->a,
           seg->start & CORE_C_READMITTED ? CORE_F_READMITTED
                                          : CORE_F_ADMITTED);
    }
    if (first_of_seg && cur->a == seg->from && (seg->start & CORE_C_RECOGNIZED))
      flow(s, org, cur->a, CORE_F_RECOGNIZED);
    if (cur->b == UTIL_DAY_MAX)
      continue;
    if (next) {
      if (!on_path(next->path, next->path->depth, org))
        flow(s, org, cur->b, CORE_F_MEMBERS_OUT);
    } else if (cur->b == seg->to) {
      flow(s, org, cur->b, leave_flow(seg->end));
    }
  }
}

/* The piece a discipline falls in: the one running on its day in the
 * discipline's segment, else the one of that segment ending on its day. */
static const piece *discipline_piece(const piece *pc, size_t n,
                                     const core_discipline *d) {
  const piece *found = NULL;
  for (size_t k = 0; k < n; k++) {
    if (pc[k].seg != d->segment)
      continue;
    if (pc[k].a <= d->day && d->day < pc[k].b)
      return &pc[k];
    if (pc[k].b == d->day)
      found = &pc[k];
  }
  return found;
}

static void member_disciplines(const core_timeline *t, const piece *pc,
                               size_t n, const core_sink *s) {
  const piece **at = util_xcalloc(t->ndisc ? t->ndisc : 1, sizeof *at);
  for (size_t i = 0; i < t->ndisc; i++)
    at[i] = discipline_piece(pc, n, &t->disc[i]);
  for (size_t i = 0; i < t->ndisc; i++) {
    const core_discipline *d = &t->disc[i];
    if (!at[i])
      continue;
    const core_path *path = at[i]->path;
    for (size_t j = 0; j < path->depth; j++) {
      int64_t org = path->ids[j];
      if (!s->want(s->ctx, org))
        continue;
      flow(s, org, d->day, (enum core_flow)(CORE_F_REPRIMAND + d->form));
      /* The previous discipline of this member inside the same
       * organisation lets a report count members, not decisions. */
      uint32_t prev = 0;
      for (size_t k = i; k-- > 0;)
        if (at[k] && on_path(at[k]->path, at[k]->path->depth, org)) {
          prev = CORE_DISC_DAY(t->disc[k].day);
          break;
        }
      emit(s, org, d->day, CORE_KEY(CORE_D_DISC_PREV, prev), 1);
    }
  }
  free(at);
}

void core_contribute_member(const core_profile *p, size_t np,
                            const core_timeline *t, const core_sink *sink) {
  piece *pc;
  size_t n = cut_pieces(t, sink, &pc);
  for (size_t k = 0; k < n; k++)
    member_piece(p, np, t, pc, n, k, sink);
  member_disciplines(t, pc, n, sink);
  free(pc);
}

void core_contribute_org(int64_t org, enum core_kind kind, bool founded_known,
                         util_day counts_from, util_day ended,
                         enum core_flow how, const core_sink *s) {
  const core_path *paths;
  size_t np = s->paths(s->ctx, org, &paths);
  for (size_t k = 0; k < np; k++) {
    const core_path *p = &paths[k];
    const core_path *prev =
        k > 0 && paths[k - 1].to == p->from ? &paths[k - 1] : NULL;
    const core_path *next =
        k + 1 < np && p->to == paths[k + 1].from ? &paths[k + 1] : NULL;
    util_day from = p->from < counts_from ? counts_from : p->from;
    /* The organisation itself is the last id: only those above count it. */
    for (size_t i = 0; i + 1 < p->depth; i++) {
      int64_t up = p->ids[i];
      if (!s->want(s->ctx, up))
        continue;
      if (from < p->to) {
        emit(s, up, from, CORE_KEY(CORE_D_ORG_KIND, kind), 1);
        if (p->to != UTIL_DAY_MAX)
          emit(s, up, p->to, CORE_KEY(CORE_D_ORG_KIND, kind), -1);
      }
      if (p->from < counts_from) {
        /* not yet counted: no flow in */
      } else if (prev) {
        if (!on_path(prev, prev->depth - 1, up) && prev->parent != p->parent)
          flow(s, up, p->from, CORE_F_ORGS_IN);
      } else if (founded_known) {
        flow(s, up, p->from, CORE_F_ORGS_FOUNDED);
      }
      if (p->to == UTIL_DAY_MAX || p->to < counts_from)
        continue;
      if (next) {
        if (!on_path(next, next->depth - 1, up) && next->parent != p->parent)
          flow(s, up, p->to, CORE_F_ORGS_OUT);
      } else if (ended && p->to == ended) {
        flow(s, up, p->to, how);
      }
    }
  }
}

/* The path of `org` on `day`; a record dated the day an organisation
 * ended counts where it last stood. NULL when it did not exist then. */
static const core_path *path_on(const core_sink *s, int64_t org, util_day day) {
  const core_path *paths, *at = NULL;
  size_t np = s->paths(s->ctx, org, &paths);
  for (size_t k = 0; k < np; k++)
    if ((paths[k].from <= day && day < paths[k].to) ||
        (!at && paths[k].to == day))
      at = &paths[k];
  return at;
}

/* The latest earlier record of the point's target that was placed below
 * `org` on its day, as the value of a CORE_D_DISC_PREV key (0: none). The
 * priors are in key order, that is by day: the last one found is it. */
static uint32_t prior_below(const core_tally *t, int64_t org,
                            const core_sink *s) {
  uint32_t prev = 0;
  for (size_t k = 0; k < t->len; k++) {
    if (CORE_KEY_DIM(t->key[k]) != CORE_D_PRIOR)
      continue;
    uint32_t v = CORE_KEY_VALUE(t->key[k]);
    const core_path *p = path_on(s, t->n[k], (util_day)v + UTIL_DAY_MIN - 1);
    if (p && on_path(p, p->depth, org))
      prev = v;
  }
  return prev;
}

void core_contribute_point(int64_t org, util_day day, const core_tally *t,
                           const core_sink *s) {
  const core_path *at = path_on(s, org, day);
  if (!at)
    return;
  /* path_on may read paths again: keep what is needed of `at`. */
  size_t depth = at->depth;
  int64_t *ids = util_xmalloc(depth * sizeof *ids);
  memcpy(ids, at->ids, depth * sizeof *ids);
  for (size_t i = 0; i < depth; i++) {
    if (!s->want(s->ctx, ids[i]))
      continue;
    for (size_t k = 0; k < t->len; k++) {
      uint32_t key = t->key[k];
      switch (CORE_KEY_DIM(key)) {
      case CORE_D_PRIOR:
        continue;
      case CORE_D_TARGET:
      case CORE_D_ORG_TARGET:
        key |= prior_below(t, ids[i], s);
        break;
      default:
        break;
      }
      emit(s, ids[i], day, key, t->n[k]);
    }
  }
  free(ids);
}
