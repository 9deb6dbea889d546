#ifndef VPLAN_CNCURSES_SHIM_H
#define VPLAN_CNCURSES_SHIM_H
/* The slice of ncursesw that vplan's terminal layer uses, with small wrappers for what Swift
   cannot import: attribute macros, the C globals that Swift 6 calls not concurrency-safe
   (stdscr, LINES, COLS), getmaxyx, and a signal handler that restores the terminal. */
#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <langinfo.h>
#include <signal.h>
#include <string.h>
#include <stdlib.h>
#include <wchar.h>
#include <ncursesw/curses.h>

static inline WINDOW *vplan_stdscr(void) { return stdscr; }
static inline int vplan_lines(void) { return LINES; }
static inline int vplan_cols(void) { return COLS; }
static inline attr_t vplan_a_bold(void) { return A_BOLD; }
static inline attr_t vplan_a_reverse(void) { return A_REVERSE; }
static inline attr_t vplan_a_dim(void) { return A_DIM; }
static inline attr_t vplan_a_underline(void) { return A_UNDERLINE; }
static inline attr_t vplan_a_normal(void) { return A_NORMAL; }
static inline int vplan_color_pair(int n) { return COLOR_PAIR(n); }
static inline int vplan_key_resize(void) { return KEY_RESIZE; }
static inline int vplan_key_code_yes(void) { return KEY_CODE_YES; }

/* True when the locale set by setlocale(LC_ALL, "") encodes characters as UTF-8. */
static inline int vplan_locale_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}

/* Draws a UTF-8 string at (y, x) with attributes and a colour pair. */
static inline void vplan_put(int y, int x, const char *utf8, attr_t attrs, short pair) {
    attr_set(attrs, pair, NULL);
    mvaddstr(y, x, utf8);
}

/* Reads one key or character from the standard screen (ERR on timeout). */
static inline int vplan_get_wch(wint_t *ch) { return wget_wch(stdscr, ch); }

static inline void vplan_timeout(int milliseconds) { wtimeout(stdscr, milliseconds); }

/* Restores the terminal, then lets the signal do what it would have done (terminate, dump core). */
static void vplan_restore_and_reraise(int sig) {
    endwin();
    signal(sig, SIG_DFL);
    raise(sig);
}

/* Termination and crash signals restore the terminal before the process ends. */
static inline void vplan_install_signal_handlers(void) {
    int signals[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGABRT, SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP };
    for (unsigned i = 0; i < sizeof signals / sizeof signals[0]; i++) {
        struct sigaction action;
        memset(&action, 0, sizeof action);
        action.sa_handler = vplan_restore_and_reraise;
        sigemptyset(&action.sa_mask);
        sigaction(signals[i], &action, NULL);
    }
}
#endif
