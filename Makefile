# stance - build, test, train the default model, install.
#   make            build bin/stance-train and bin/stance-classify (installs Debian packages if missing)
#   make demo       classify the bundled example article with the shipped model
#   make test       unit tests (cmocka) + end-to-end tests, then again under ASan and UBSan
#   make model      retrain models/news from datasets/news-train.csv
#   make bench      benchmarks (writes BENCHMARKS.md)
#   make install    PREFIX=/usr/local DESTDIR=

CC      ?= cc
PREFIX  ?= /usr/local
BINDIR  ?= $(PREFIX)/bin
LIBDIR  ?= $(PREFIX)/lib
INCDIR  ?= $(PREFIX)/include
DATADIR ?= $(PREFIX)/share/stance
CFLAGS  ?= -O2 -g
WARN     = -std=c11 -Wall -Wextra -Wshadow -Wstrict-prototypes -Wno-missing-field-initializers
CPPFLAGS += -D_GNU_SOURCE -Ilib
LDLIBS   = -lsvm -llinear -lcjson -lutf8proc -lcsv -lm -lpthread
BUILD   ?= build

LIB_SRC = lib/util.c lib/text.c lib/doc.c lib/lexicon.c lib/attrib.c lib/features.c lib/model.c lib/trainer.c lib/csvio.c
LIB_OBJ = $(LIB_SRC:lib/%.c=$(BUILD)/lib/%.o)
TEST_SRC = $(wildcard tests/test_*.c)
TEST_BIN = $(TEST_SRC:tests/%.c=$(BUILD)/tests/%)

.PHONY: all deps demo test test-plain test-asan asan-bins model bench install uninstall clean

all: deps bin/stance-train bin/stance-classify

deps:
	@sh tools/deps.sh

$(BUILD)/lib/%.o: lib/%.c lib/stance.h lib/internal.h
	@mkdir -p $(dir $@)
	$(CC) $(WARN) $(CFLAGS) $(CPPFLAGS) -c $< -o $@

$(BUILD)/libstance.a: $(LIB_OBJ)
	rm -f $@
	ar rcs $@ $^

bin/stance-train: train/main.c $(BUILD)/libstance.a | deps
	@mkdir -p bin
	$(CC) $(WARN) $(CFLAGS) $(CPPFLAGS) $< $(BUILD)/libstance.a -o $@ $(LDLIBS)

bin/stance-classify: classify/main.c $(BUILD)/libstance.a | deps
	@mkdir -p bin
	$(CC) $(WARN) $(CFLAGS) $(CPPFLAGS) $< $(BUILD)/libstance.a -o $@ $(LDLIBS)

$(BUILD)/tests/%: tests/%.c tests/testutil.h $(BUILD)/libstance.a
	@mkdir -p $(dir $@)
	$(CC) $(WARN) $(CFLAGS) $(CPPFLAGS) -Itests $< $(BUILD)/libstance.a -o $@ $(LDLIBS) -lcmocka

demo: all
	./bin/stance-classify --summary --format table datasets/examples/harbour-talks.txt

# The suite: unit tests, then end-to-end tests of the programs, then the corpus checks.
test-plain: all $(TEST_BIN)
	@for t in $(TEST_BIN); do echo "== $$t"; (cd tests && ../$$t) || exit 1; done
	@sh tests/cli.sh $(CURDIR)/bin
	@python3 tests/check_datasets.py

# The same unit and end-to-end tests, built with AddressSanitizer and UndefinedBehaviorSanitizer.
ASAN_FLAGS = -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
test-asan: deps
	$(MAKE) --no-print-directory BUILD=build/asan CFLAGS="$(ASAN_FLAGS)" asan-bins
	@for t in $(TEST_SRC:tests/%.c=build/asan/tests/%); do echo "== (asan) $$t"; (cd tests && ASAN_OPTIONS=detect_leaks=1 ../$$t) || exit 1; done
	@ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 sh tests/cli.sh $(CURDIR)/build/asan/bin

asan-bins: $(TEST_BIN) $(BUILD)/bin/stance-train $(BUILD)/bin/stance-classify

$(BUILD)/bin/stance-%: %/main.c $(BUILD)/libstance.a
	@mkdir -p $(dir $@)
	$(CC) $(WARN) $(CFLAGS) $(CPPFLAGS) $< $(BUILD)/libstance.a -o $@ $(LDLIBS)

test: test-plain test-asan
	@echo "all tests passed (plain, ASan+UBSan)"

model: all
	./bin/stance-train --data datasets/news-train.csv --out models/news --seed 1

bench: all
	@sh bench/run.sh

install: all
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(LIBDIR) $(DESTDIR)$(INCDIR) $(DESTDIR)$(DATADIR)/models/news $(DESTDIR)$(DATADIR)/lexicons
	install -m 755 bin/stance-train bin/stance-classify $(DESTDIR)$(BINDIR)/
	install -m 644 $(BUILD)/libstance.a $(DESTDIR)$(LIBDIR)/
	install -m 644 lib/stance.h $(DESTDIR)$(INCDIR)/
	install -m 644 models/news/* $(DESTDIR)$(DATADIR)/models/news/
	install -m 644 datasets/lexicons/* $(DESTDIR)$(DATADIR)/lexicons/

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/stance-train $(DESTDIR)$(BINDIR)/stance-classify $(DESTDIR)$(LIBDIR)/libstance.a $(DESTDIR)$(INCDIR)/stance.h
	rm -rf $(DESTDIR)$(DATADIR)

clean:
	rm -rf build bin
