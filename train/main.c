/* stance-train - labeled CSV -> model directory. A thin driver over libstance. */
#include "stance.h"

#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum { EXIT_OK = 0, EXIT_DATA = 1, EXIT_USAGE = 2, EXIT_INTERRUPTED = 130 };

static volatile sig_atomic_t cancel_flag;
static void on_signal(int sig)
{
    (void)sig;
    cancel_flag = 1;
}

static void usage(FILE *f)
{
    fputs("usage: stance-train --data FILE.csv --out MODEL_DIR [options]\n"
          "\n"
          "Trains libsvm models from labeled CSV (header row; RFC 4180 quoting) and writes a\n"
          "self-contained model directory atomically (a failed run leaves MODEL_DIR as it was).\n"
          "\n"
          "  -d, --data FILE       labeled CSV ('-' reads standard input)\n"
          "  -o, --out DIR         model directory to write\n"
          "  -t, --text COL        text column (default: text)\n"
          "  -l, --label COL       train this label column; repeatable\n"
          "                        (default: stance and/or sentiment, whichever exist)\n"
          "  -p, --per COL         also train one model per value of COL with enough rows\n"
          "                        (stance per actor: --per actor); the pooled model is the fallback\n"
          "      --per-min N       rows a value needs for its own model (default: 40)\n"
          "  -k, --kernel K        linear (default) or rbf\n"
          "  -g, --gamma G         rbf gamma (default: 1, suits L2-normalised vectors)\n"
          "  -S, --solver S        libsvm (default: C-SVC, one-vs-one, any kernel) or liblinear\n"
          "                        (L2-regularised logistic regression, one-vs-rest, linear only;\n"
          "                        far faster on large data)\n"
          "  -v, --folds K         k-fold cross-validation to choose C (default: 5)\n"
          "  -s, --seed N          seed for fold assignment (default: 1); same data and seed,\n"
          "                        same model\n"
          "  -n, --ngrams N        word n-grams up to N, 1..3 (default: 2)\n"
          "  -c, --char-ngrams N   also character n-grams of length 3..N, N in 3..6 (default: off)\n"
          "  -m, --min-count N     drop features seen in fewer than N rows (default: 2)\n"
          "      --no-mask-actor   keep the actor's own words as features\n"
          "  -L, --lexicons DIR    lexicon directory (default: datasets/lexicons)\n"
          "      --save-features FILE  also write the first task's training vectors in libsvm\n"
          "                        format (class index, then index:value), e.g. for LIBLINEAR\n"
          "  -q, --quiet           no report and no progress\n"
          "  -h, --help            this help\n"
          "  -V, --version         versions\n"
          "\n"
          "The cross-validation report (per-class precision, recall, F1, macro-F1, confusion\n"
          "matrix) goes to standard output and into the model's manifest. Progress goes to\n"
          "standard error on a terminal.\n"
          "Exit status: 0 success, 1 data or model error, 2 usage error, 130 interrupted.\n",
          f);
}

static int parse_int(const char *opt, const char *s, long lo, long hi, long *out)
{
    char *end;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (errno || end == s || *end || v < lo || v > hi) {
        fprintf(stderr, "stance-train: %s: '%s' is not a whole number from %ld to %ld\n", opt, s, lo, hi);
        return -1;
    }
    *out = v;
    return 0;
}

/* One of two words for an option ("--kernel linear|rbf"): its value in OUT, or a message and -1. */
static int parse_choice(const char *opt, const char *s, const char *a, long va, const char *b, long vb, long *out)
{
    if (!strcmp(s, a) || !strcmp(s, b)) {
        *out = !strcmp(s, a) ? va : vb;
        return 0;
    }
    fprintf(stderr, "stance-train: %s: '%s' is not %s or %s\n", opt, s, a, b);
    return -1;
}

int main(int argc, char **argv)
{
    st_train_opts o;
    st_train_opts_default(&o);
    const char *data = NULL, *out = NULL, *features_path = NULL;
    const char **labels = NULL;
    size_t nlabels = 0;
    int quiet = 0;
    static const struct option longopts[] = {
        {"data", required_argument, 0, 'd'},     {"out", required_argument, 0, 'o'},
        {"text", required_argument, 0, 't'},     {"label", required_argument, 0, 'l'},
        {"per", required_argument, 0, 'p'},      {"per-min", required_argument, 0, 1},
        {"kernel", required_argument, 0, 'k'},   {"gamma", required_argument, 0, 'g'},
        {"folds", required_argument, 0, 'v'},    {"seed", required_argument, 0, 's'},
        {"ngrams", required_argument, 0, 'n'},   {"char-ngrams", required_argument, 0, 'c'},
        {"min-count", required_argument, 0, 'm'}, {"no-mask-actor", no_argument, 0, 2},
        {"lexicons", required_argument, 0, 'L'}, {"quiet", no_argument, 0, 'q'},
        {"help", no_argument, 0, 'h'},           {"version", no_argument, 0, 'V'},
        {"save-features", required_argument, 0, 3}, {"solver", required_argument, 0, 'S'},
        {0, 0, 0, 0}};
    int ch;
    long v;
    while ((ch = getopt_long(argc, argv, "d:o:t:l:p:k:g:S:v:s:n:c:m:L:qhV", longopts, NULL)) != -1) {
        switch (ch) {
        case 'd': data = optarg; break;
        case 'o': out = optarg; break;
        case 't': o.text_col = optarg; break;
        case 'l': {
            const char **nl = realloc(labels, (nlabels + 1) * sizeof *labels);
            if (!nl) {
                fputs("stance-train: out of memory\n", stderr);
                free(labels);
                return EXIT_DATA;
            }
            labels = nl;
            labels[nlabels++] = optarg;
            break;
        }
        case 'p': o.per_col = optarg; break;
        case 1:
            if (parse_int("--per-min", optarg, 2, INT_MAX, &v))
                { free(labels); return EXIT_USAGE; }
            o.per_min_rows = (int)v;
            break;
        case 'k':
            if (parse_choice("--kernel", optarg, "linear", ST_KERNEL_LINEAR, "rbf", ST_KERNEL_RBF, &v))
                { free(labels); return EXIT_USAGE; }
            o.kernel = (st_kernel)v;
            break;
        case 'g': {
            char *end;
            errno = 0;
            o.gamma = strtod(optarg, &end);
            if (errno || end == optarg || *end || !(o.gamma > 0) || o.gamma > 1e6) {
                fprintf(stderr, "stance-train: --gamma: '%s' is not a positive number\n", optarg);
                { free(labels); return EXIT_USAGE; }
            }
            break;
        }
        case 'S':
            if (parse_choice("--solver", optarg, "libsvm", ST_SOLVER_LIBSVM, "liblinear", ST_SOLVER_LIBLINEAR, &v))
                { free(labels); return EXIT_USAGE; }
            o.solver = (st_solver)v;
            break;
        case 'v':
            if (parse_int("--folds", optarg, 2, 100, &v))
                { free(labels); return EXIT_USAGE; }
            o.folds = (int)v;
            break;
        case 's':
            if (parse_int("--seed", optarg, 0, UINT_MAX > LONG_MAX ? LONG_MAX : (long)UINT_MAX, &v))
                { free(labels); return EXIT_USAGE; }
            o.seed = (unsigned)v;
            break;
        case 'n':
            if (parse_int("--ngrams", optarg, 1, 3, &v))
                { free(labels); return EXIT_USAGE; }
            o.feat.ngram_max = (int)v;
            break;
        case 'c':
            if (parse_int("--char-ngrams", optarg, 3, 6, &v))
                { free(labels); return EXIT_USAGE; }
            o.feat.char_ngrams = (int)v;
            break;
        case 'm':
            if (parse_int("--min-count", optarg, 1, INT_MAX, &v))
                { free(labels); return EXIT_USAGE; }
            o.min_count = (int)v;
            break;
        case 2: o.feat.mask_actor = 0; break;
        case 3: features_path = optarg; break;
        case 'L': o.lexicon_dir = optarg; break;
        case 'q': quiet = 1; break;
        case 'h': usage(stdout); free(labels); return EXIT_OK;
        case 'V':
            printf("stance-train %s (model format %d)\n%s\n", ST_VERSION, ST_MODEL_FORMAT, st_versions());
            free(labels);
            return EXIT_OK;
        default:
            fputs("Try 'stance-train --help'.\n", stderr);
            { free(labels); return EXIT_USAGE; }
        }
    }
    if (optind < argc) {
        fprintf(stderr, "stance-train: unexpected argument '%s'\nTry 'stance-train --help'.\n", argv[optind]);
        { free(labels); return EXIT_USAGE; }
    }
    if (!data || !out) {
        fprintf(stderr, "stance-train: %s is required\nTry 'stance-train --help'.\n", !data ? "--data" : "--out");
        free(labels);
        return EXIT_USAGE;
    }
    o.labels = labels;
    o.nlabels = nlabels;
    o.data_path = data;
    o.report = quiet ? NULL : stdout;
    o.progress = !quiet && isatty(STDERR_FILENO) ? stderr : NULL;
    o.cancel = &cancel_flag;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);

    FILE *in = strcmp(data, "-") ? fopen(data, "rb") : stdin;
    if (!in) {
        fprintf(stderr, "stance-train: %s: %s\n", data, strerror(errno));
        free(labels);
        return EXIT_DATA;
    }
    FILE *ff = NULL;
    if (features_path && !(ff = fopen(features_path, "w"))) {
        fprintf(stderr, "stance-train: %s: %s\n", features_path, strerror(errno));
        if (in != stdin)
            fclose(in);
        free(labels);
        return EXIT_DATA;
    }
    o.features_out = ff;
    st_err err = {{0}};
    int rc = st_train(in, &o, out, &err);
    if (ff && fclose(ff) != 0 && !rc) {
        fprintf(stderr, "stance-train: %s: %s\n", features_path, strerror(errno));
        rc = ST_EIO;
        snprintf(err.msg, sizeof err.msg, "%s: write failed", features_path);
    }
    if (in != stdin)
        fclose(in);
    free(labels);
    if (rc) {
        fprintf(stderr, "stance-train: %s\n", err.msg[0] ? err.msg : st_errmsg(rc));
        return rc == ST_ECANCEL ? EXIT_INTERRUPTED : rc == ST_EUSAGE ? EXIT_USAGE : EXIT_DATA;
    }
    if (!quiet)
        printf("model written to %s\n", out);
    return EXIT_OK;
}
