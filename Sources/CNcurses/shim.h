#ifndef VPLAN_CNCURSES_SHIM_H
#define VPLAN_CNCURSES_SHIM_H
/* The slice of ncursesw that vplan's terminal layer uses, with small wrappers for what Swift
   cannot import: attribute macros, the C globals that Swift 6 calls not concurrency-safe
   (stdscr, LINES, COLS) and getmaxyx. */
#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
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
#endif
