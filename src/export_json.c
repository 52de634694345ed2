/* export_json: builds one jansson object per node and per link and dumps it
 * straight away, between a hand-written frame, so graph.json needs memory for
 * one element at a time. Key order is insertion order (JSON_PRESERVE_ORDER). */
#include "export_json.h"

#include <errno.h>
#include <jansson.h>
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "strbuf.h"
#include "utf8.h"

/* A JSON string for s[0..n), each byte of invalid UTF-8 replaced by U+FFFD. */
static json_t *jstrn(const char *s, size_t n) {
    size_t bad = eg_utf8_first_invalid(s, n);
    if (bad == n)
        return json_stringn(s, n);
    eg_strbuf sb;
    eg_strbuf_init(&sb);
    size_t i = 0;
    while (i < n) {
        bad = i + eg_utf8_first_invalid(s + i, n - i);
        if (eg_strbuf_append(&sb, s + i, bad - i) != 0)
            goto fail;
        if (bad == n)
            break;
        if (eg_strbuf_append(&sb, "\xef\xbf\xbd", 3) != 0)
            goto fail;
        i = bad + 1;
    }
    json_t *v = json_stringn(sb.data ? sb.data : "", sb.len);
    eg_strbuf_destroy(&sb);
    return v;
fail:
    eg_strbuf_destroy(&sb);
    return NULL;
}

static json_t *jstr(const char *s) {
    return s ? jstrn(s, strlen(s)) : json_null();
}

static json_t *juint(uint64_t v) {
    return json_integer(v > (uint64_t)LLONG_MAX ? LLONG_MAX : (json_int_t)v);
}

/* Sets obj[key] = v, taking v; -1 if v is NULL or on ENOMEM. */
static int put(json_t *obj, const char *key, json_t *v) {
    return json_object_set_new(obj, key, v);
}

/* ["a", "b"] from "a|b"; [] for NULL or "". */
static json_t *split_bar(const char *s) {
    json_t *a = json_array();
    if (!a || !s || !*s)
        return a;
    for (;;) {
        const char *bar = strchr(s, '|');
        size_t n = bar ? (size_t)(bar - s) : strlen(s);
        if (json_array_append_new(a, jstrn(s, n)) != 0) {
            json_decref(a);
            return NULL;
        }
        if (!bar)
            return a;
        s = bar + 1;
    }
}

static json_t *span(uint32_t start, uint32_t end) {
    return json_pack("[I,I]", (json_int_t)start, (json_int_t)end);
}

static json_t *ids_json(const eg_idlist *ids) {
    json_t *a = json_array();
    for (size_t i = 0; a && i < ids->n; i++) {
        if (json_array_append_new(a, jstr(ids->v[i])) != 0) {
            json_decref(a);
            return NULL;
        }
    }
    return a;
}

static json_t *evidence_json(const eg_evidence *ev, size_t n) {
    json_t *a = json_array();
    for (size_t i = 0; a && i < n; i++) {
        json_t *e = json_object();
        if (!e || put(e, "article", jstr(ev[i].article)) ||
            put(e, "sentence", jstr(ev[i].sentence)) ||
            put(e, "sentence_offset", juint(ev[i].pos)) ||
            put(e, "source_span", span(ev[i].a_start, ev[i].a_end)) ||
            put(e, "target_span", span(ev[i].b_start, ev[i].b_end)) ||
            json_array_append_new(a, e) != 0) {
            json_decref(a);
            return NULL;
        }
    }
    return a;
}

static json_t *summary_json(const eg_model *m) {
    const eg_summary *s = &m->summary;
    json_t *o = json_object();
    if (!o || put(o, "articles_read", juint(s->articles_read)) ||
        put(o, "articles_empty", juint(s->articles_empty)) ||
        put(o, "skipped_binary", juint(s->skipped_binary)) ||
        put(o, "skipped_unreadable", juint(s->skipped_unreadable)) ||
        put(o, "skipped_duplicate", juint(s->skipped_duplicate)) ||
        put(o, "records_rejected", juint(s->records_rejected)) ||
        put(o, "warnings", juint(s->warnings)) || put(o, "bytes", juint(s->bytes)) ||
        put(o, "mentions", juint(s->mentions)) || put(o, "ambiguous", juint(s->ambiguous)) ||
        put(o, "capped_windows", juint(s->capped_windows)) ||
        put(o, "entities", juint(m->nnodes)) || put(o, "cooccurrence_edges", juint(m->nco)) ||
        put(o, "relation_edges", juint(m->nrel))) {
        json_decref(o);
        return NULL;
    }
    return o;
}

static json_t *graph_json(const eg_model *m, const eg_measures *ms) {
    json_t *g = json_object();
    if (!g || put(g, "name", json_string("entgraph")) || put(g, "summary", summary_json(m)) ||
        put(g, "betweenness_sampled", json_boolean(ms && ms->betweenness_sampled)))
        goto fail;
    if (ms) {
        json_t *names = json_array();
        if (put(g, "measures", names))
            goto fail;
        for (int c = 0; c < EG_NCOLS; c++)
            if (eg_measure_available(ms, (eg_measure_col)c) &&
                json_array_append_new(names, json_string(eg_measure_name((eg_measure_col)c))))
                goto fail;
        if (put(g, "betweenness_sources",
                ms->betweenness_sampled ? juint(ms->betweenness_sources) : json_null()) ||
            put(g, "modularity",
                isfinite(ms->modularity) ? json_real(ms->modularity) : json_null()) ||
            put(g, "communities", json_integer(ms->ncommunities)))
            goto fail;
    }
    return g;
fail:
    json_decref(g);
    return NULL;
}

static json_t *measure_value(const eg_measures *ms, eg_measure_col c, size_t i) {
    double v = eg_measure_get(ms, c, i);
    if (!isfinite(v))
        return json_null();
    if (eg_measure_is_integer(c))
        return json_integer((json_int_t)llround(v));
    return json_real(v);
}

static json_t *node_json(const eg_model *m, const eg_measures *ms, size_t i) {
    const eg_node *n = &m->nodes[i];
    json_t *o = json_object();
    eg_strbuf name;
    eg_strbuf_init(&name);
    if (!o || put(o, "id", jstr(n->key)) || put(o, "label", jstr(n->name)) ||
        put(o, "type", jstr(n->type)) || put(o, "discovered", json_boolean(n->discovered)) ||
        put(o, "mentions", juint(n->mentions)) || put(o, "articles", juint(n->articles)))
        goto fail;
    for (int c = 0; ms && c < EG_NCOLS; c++)
        if (eg_measure_available(ms, (eg_measure_col)c) &&
            put(o, eg_measure_name((eg_measure_col)c), measure_value(ms, (eg_measure_col)c, i)))
            goto fail;
    for (size_t k = 0; k < n->nattrs; k++) {
        const char *an = n->attrs[k].name ? n->attrs[k].name : "";
        json_t *key = jstr(an);
        if (!key)
            goto fail;
        eg_strbuf_clear(&name);
        int taken = json_object_get(o, json_string_value(key)) != NULL;
        int r = eg_strbuf_printf(&name, "%s%s", taken ? "attr_" : "", json_string_value(key));
        json_decref(key);
        if (r != 0 || put(o, name.data, jstr(n->attrs[k].value)))
            goto fail;
    }
    eg_strbuf_destroy(&name);
    return o;
fail:
    eg_strbuf_destroy(&name);
    json_decref(o);
    return NULL;
}

static json_t *co_json(const eg_model *m, const eg_coedge *e) {
    json_t *o = json_object();
    if (!o || put(o, "source", jstr(m->nodes[e->a].key)) ||
        put(o, "target", jstr(m->nodes[e->b].key)) || put(o, "key", json_string("co")) ||
        put(o, "kind", json_string("cooccurrence")) || put(o, "weight", juint(e->weight)) ||
        put(o, "articles", juint(e->ids.total)) || put(o, "article_ids", ids_json(&e->ids)) ||
        put(o, "first_date", jstr(e->first_date)) || put(o, "last_date", jstr(e->last_date)) ||
        put(o, "evidence", evidence_json(e->ev, e->nev))) {
        json_decref(o);
        return NULL;
    }
    return o;
}

static json_t *rel_json(const eg_model *m, const eg_reledge *e) {
    json_t *o = json_object();
    eg_strbuf key;
    eg_strbuf_init(&key);
    if (eg_strbuf_printf(&key, "rel:%s%s%s", e->verb ? e->verb : "", e->negated ? ":neg" : "",
                         e->hedged ? ":hedged" : "") != 0)
        goto fail;
    if (!o || put(o, "source", jstr(m->nodes[e->src].key)) ||
        put(o, "target", jstr(m->nodes[e->dst].key)) || put(o, "key", jstrn(key.data, key.len)) ||
        put(o, "kind", json_string("relation")) || put(o, "weight", juint(e->count)) ||
        put(o, "articles", juint(e->ids.total)) || put(o, "article_ids", ids_json(&e->ids)) ||
        put(o, "label", jstr(e->verb)) || put(o, "class", jstr(e->cls)) ||
        put(o, "negated", json_boolean(e->negated)) || put(o, "hedged", json_boolean(e->hedged)) ||
        put(o, "forms", split_bar(e->forms)) || put(o, "reported_by", split_bar(e->reported_by)) ||
        put(o, "evidence", evidence_json(e->ev, e->nev)))
        goto fail;
    eg_strbuf_destroy(&key);
    return o;
fail:
    eg_strbuf_destroy(&key);
    json_decref(o);
    return NULL;
}

/* Dumps and releases v; 0, -1 on a write error, -2 if v is NULL (ENOMEM). */
static int emit(json_t *v, FILE *out, size_t flags) {
    if (!v)
        return -2;
    int r = json_dumpf(v, out, flags);
    json_decref(v);
    return r == 0 ? 0 : -1;
}

eg_status eg_write_graph_json(const eg_model *m, const eg_measures *ms, const eg_json_opts *o,
                              FILE *out, eg_error *err) {
    int pretty = o ? o->pretty : 1;
    size_t flags = JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(15) | (pretty ? 0 : JSON_COMPACT);
    const char *sep = pretty ? ",\n  " : ",";
    int r = 0;
    if (ms && ms->n != m->nnodes)
        return eg_error_set(err, EG_ERR_INTERNAL, NULL, 0, 0,
                            "graph.json: %zu measures for %zu nodes", ms->n, m->nnodes);
    for (size_t i = 0; i < m->nco; i++)
        if (m->co[i].a >= m->nnodes || m->co[i].b >= m->nnodes)
            return eg_error_set(err, EG_ERR_INTERNAL, NULL, 0, 0,
                                "graph.json: co-occurrence edge %zu names a missing node", i);
    for (size_t i = 0; i < m->nrel; i++)
        if (m->rel[i].src >= m->nnodes || m->rel[i].dst >= m->nnodes)
            return eg_error_set(err, EG_ERR_INTERNAL, NULL, 0, 0,
                                "graph.json: relation edge %zu names a missing node", i);

    errno = 0;
    fputs(pretty ? "{\"directed\": true, \"multigraph\": true,\n \"graph\": "
                 : "{\"directed\":true,\"multigraph\":true,\"graph\":",
          out);
    r = emit(graph_json(m, ms), out, flags);
    fputs(pretty ? ",\n \"nodes\": [" : ",\"nodes\":[", out);
    for (size_t i = 0; r == 0 && i < m->nnodes; i++) {
        fputs(i ? sep : (pretty ? "\n  " : ""), out);
        r = emit(node_json(m, ms, i), out, flags);
    }
    if (r == 0)
        fputs(pretty ? (m->nnodes ? "\n ],\n \"links\": [" : "],\n \"links\": [") : "],\"links\":[",
              out);
    size_t nlinks = 0;
    for (size_t i = 0; r == 0 && i < m->nco; i++, nlinks++) {
        fputs(nlinks ? sep : (pretty ? "\n  " : ""), out);
        r = emit(co_json(m, &m->co[i]), out, flags);
    }
    for (size_t i = 0; r == 0 && i < m->nrel; i++, nlinks++) {
        fputs(nlinks ? sep : (pretty ? "\n  " : ""), out);
        r = emit(rel_json(m, &m->rel[i]), out, flags);
    }
    if (r == 0)
        fputs(pretty ? (nlinks ? "\n ]\n}\n" : "]\n}\n") : "]}\n", out);
    if (r == -2)
        return eg_error_set(err, EG_ERR_NOMEM, NULL, 0, 0, "graph.json: out of memory");
    if (r != 0 || fflush(out) != 0 || ferror(out))
        return eg_error_set(err, EG_ERR_IO, NULL, 0, 0, "cannot write graph.json: %s",
                            strerror(errno ? errno : EIO));
    return EG_OK;
}
