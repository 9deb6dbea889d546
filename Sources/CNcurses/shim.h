#ifndef VPLAN_CNCURSES_SHIM_H
#define VPLAN_CNCURSES_SHIM_H
/* The slice of ncursesw that vplan's terminal layer uses, with small wrappers for what Swift
   cannot import: attribute macros, the C globals that Swift 6 calls not concurrency-safe
   (stdscr, LINES, COLS), getmaxyx, starting a screen without exiting. The signal handlers and the
   terminal-restore state live in the CProcess C target (one definition, not a static per file). */
#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <langinfo.h>
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

/* Columns the C library (and so ncurses) gives one code point; negative when not printable.
   Declared here too: the C library's header hides it unless _XOPEN_SOURCE is defined first. */
int wcwidth(wchar_t c);
static inline int vplan_wcwidth(unsigned int c) { return wcwidth((wchar_t)c); }

/* Reads one key or character from the standard screen (ERR on timeout). */
static inline int vplan_get_wch(wint_t *ch) { return wget_wch(stdscr, ch); }

static inline void vplan_timeout(int milliseconds) { wtimeout(stdscr, milliseconds); }

/* Starts ncurses on the process's standard output and input like initscr(), but returns 0 instead of
   exiting with ncurses' own message when the terminal type is unknown or unusable. */
static inline int vplan_start_screen(void) {
    SCREEN *screen = newterm(NULL, stdout, stdin);
    if (screen == NULL) return 0;
    set_term(screen);
    return 1;
}

/* A terminfo string capability, or NULL when the terminal has none. */
static inline const char *vplan_string_capability(const char *name) {
    char *value = tigetstr(name);
    if (value == NULL || value == (char *)-1) return NULL;
    return value;
}
#endif
