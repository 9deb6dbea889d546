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

/* Columns the C library (and so ncurses) gives one code point; negative when not printable.
   Declared here too: the C library's header hides it unless _XOPEN_SOURCE is defined first. */
int wcwidth(wchar_t c);
static inline int vplan_wcwidth(unsigned int c) { return wcwidth((wchar_t)c); }

/* Reads one key or character from the standard screen (ERR on timeout). */
static inline int vplan_get_wch(wint_t *ch) { return wget_wch(stdscr, ch); }

static inline void vplan_timeout(int milliseconds) { wtimeout(stdscr, milliseconds); }

/* Signals. All the state below is static in this header, so every function that touches it must be
   called from ONE Swift file (NcursesTerminal.swift): each Swift file compiles its own copy.

   Ending signals (SIGINT, SIGTERM, SIGHUP, SIGQUIT) only set a flag: the event loop sees it within one
   key timeout, brings the autosave up to date, restores the terminal with endwin() and re-raises the
   signal with its default action. A second ending signal, or a crash signal (SIGSEGV, SIGBUS, SIGILL,
   SIGFPE, SIGABRT, SIGTRAP: Swift runtime traps raise SIGILL or SIGTRAP), restores the terminal at once
   with async-signal-safe calls only (write(2) of the reset sequences read from terminfo at start-up,
   tcsetattr(3) with the terminal modes saved before initscr) and re-raises with the default action, so
   the process still ends the way the signal says (core dump included) and the shell gets its terminal
   back. Crash handlers run on an alternate stack so a stack overflow is caught too. */
#include <termios.h>
#include <unistd.h>

/* The state lives in a function-local static: Swift does not emit file-level static arrays of a
   system library's header, but clang emits the function and its local static with it. */
struct vplan_signal_state {
    volatile sig_atomic_t pending_signal;
    struct termios shell_modes;
    int have_shell_modes;
    char reset_bytes[256];
    size_t reset_length;
    char alternate_stack[1 << 16];
};

static struct vplan_signal_state *vplan_signals(void) {
    static struct vplan_signal_state state;
    return &state;
}

/* Saves the shell's terminal modes; call before initscr(). */
static inline void vplan_save_shell_modes(void) {
    vplan_signals()->have_shell_modes = tcgetattr(STDIN_FILENO, &vplan_signals()->shell_modes) == 0;
}

static inline void vplan_append_capability(const char *name) {
    char *value = tigetstr(name);
    if (value == NULL || value == (char *)-1) return;
    size_t length = strlen(value);
    struct vplan_signal_state *state = vplan_signals();
    if (state->reset_length + length >= sizeof state->reset_bytes) return;
    memcpy(state->reset_bytes + state->reset_length, value, length);
    state->reset_length += length;
}

/* What endwin() would write, computed while it is safe to call terminfo; call after initscr(). */
static inline void vplan_prepare_reset_sequence(void) {
    vplan_signals()->reset_length = 0;
    vplan_append_capability("sgr0");   /* attributes off */
    vplan_append_capability("cnorm");  /* cursor visible */
    vplan_append_capability("rmkx");   /* keypad back to normal */
    vplan_append_capability("rmcup");  /* leave the alternate screen */
}

/* Async-signal-safe terminal restore: write(2) and tcsetattr(3) only. */
static void vplan_restore_terminal_now(void) {
    struct vplan_signal_state *state = vplan_signals();
    if (state->reset_length > 0) {
        ssize_t ignored = write(STDOUT_FILENO, state->reset_bytes, state->reset_length);
        (void)ignored;
    }
    if (state->have_shell_modes) tcsetattr(STDIN_FILENO, TCSANOW, &state->shell_modes);
}

static void vplan_restore_and_reraise(int sig) {
    vplan_restore_terminal_now();
    signal(sig, SIG_DFL);
    raise(sig);
}

static void vplan_ending_signal(int sig) {
    if (vplan_signals()->pending_signal != 0) {  /* the second one: do not wait for the event loop */
        vplan_restore_and_reraise(sig);
        return;
    }
    vplan_signals()->pending_signal = sig;
}

/* The ending signal received, if any (0: none). */
static inline int vplan_take_pending_signal(void) { return vplan_signals()->pending_signal; }

/* After the event loop has restored the terminal: end the way the signal says. */
static inline void vplan_reraise(int sig) {
    signal(sig, SIG_DFL);
    raise(sig);
}

/* Installs the handlers; call after initscr() (which installs ncurses' own for some of them). */
static inline void vplan_install_signal_handlers(void) {
    vplan_prepare_reset_sequence();
    stack_t stack;
    memset(&stack, 0, sizeof stack);
    stack.ss_sp = vplan_signals()->alternate_stack;
    stack.ss_size = sizeof vplan_signals()->alternate_stack;
    sigaltstack(&stack, NULL);
    int ending[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT };
    for (unsigned i = 0; i < sizeof ending / sizeof ending[0]; i++) {
        struct sigaction action;
        memset(&action, 0, sizeof action);
        action.sa_handler = vplan_ending_signal;
        sigemptyset(&action.sa_mask);
        sigaction(ending[i], &action, NULL);
    }
    int crashes[] = { SIGABRT, SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP };
    for (unsigned i = 0; i < sizeof crashes / sizeof crashes[0]; i++) {
        struct sigaction action;
        memset(&action, 0, sizeof action);
        action.sa_handler = vplan_restore_and_reraise;
        action.sa_flags = SA_ONSTACK | SA_RESETHAND | SA_NODEFER;
        sigemptyset(&action.sa_mask);
        sigaction(crashes[i], &action, NULL);
    }
}
#endif
