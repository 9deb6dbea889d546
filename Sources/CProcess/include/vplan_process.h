#ifndef VPLAN_PROCESS_H
#define VPLAN_PROCESS_H
/* Process-wide state that must exist exactly once: the signal handlers and what they need
   (the pending ending signal, the terminal modes and reset bytes, the temporary files to remove).
   It lives in process.c, one definition, so every Swift file (and whole-module optimisation)
   sees the same state. Everything a handler calls is async-signal-safe. */
#include <stddef.h>

/* ---- The terminal ---- */

/* Saves the shell's terminal modes (tcgetattr on standard input); call before initscr(). */
void vplan_save_shell_modes(void);

/* Keeps the bytes that undo full-screen mode (what endwin() writes: sgr0, cnorm, rmkx, rmcup),
   read from terminfo while that is safe; at most 255 bytes are kept. */
void vplan_set_reset_sequence(const char *bytes, size_t length);

/* Writes the reset bytes and restores the saved modes: write(2) and tcsetattr(3) only. */
void vplan_restore_terminal_now(void);

/* 1 when the terminal on standard input is gone (hung up, closed, or in error): poll(2) reports
   POLLHUP, POLLERR or POLLNVAL. 0 otherwise. */
int vplan_terminal_gone(void);

/* ---- Signals ---- */

/* The dashboard's handlers. Ending signals (SIGINT, SIGTERM, SIGHUP, SIGQUIT) record the signal for
   the event loop, which flushes the autosave, restores the terminal and calls vplan_exit_by_signal;
   they also arm a watchdog (SIGALRM after `deadline_seconds`) that restores the terminal, removes
   the temporary files and ends the process itself should the loop not get there. A second ending
   signal does that at once. Crash signals (SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP) restore
   the terminal and re-raise on an alternate stack. SIGPIPE is ignored (write errors are reported). */
void vplan_install_dashboard_signals(unsigned deadline_seconds);

/* The command line's handlers: an ending signal removes the temporary files and ends the process
   with the signal's default action; SIGPIPE is ignored so a closed pipe is an EPIPE error that the
   writer turns into a quiet exit (vplan_exit_by_signal(SIGPIPE)). */
void vplan_install_command_signals(void);

/* The ending signal received so far (0: none). */
int vplan_pending_signal(void);

/* Removes the temporary files, then ends the process by `sig` with its default action (exit status
   128 + sig as the shell reports it). Never returns. */
void vplan_exit_by_signal(int sig) __attribute__((noreturn));

/* ---- Temporary files removed on every ending signal ---- */

/* Records a temporary file to remove if the process is ended by a signal before it is renamed or
   removed. Returns a slot to release with vplan_forget_temporary, or -1 when all slots are taken
   (or the path is too long): the write still works, the file just is not removed on a signal. */
int vplan_remember_temporary(const char *path);

/* Stops tracking a slot (after the rename or the unlink). */
void vplan_forget_temporary(int slot);

/* Removes every tracked temporary file now (async-signal-safe). */
void vplan_remove_temporaries(void);

/* Creates a new file from a template ending in XXXXXX (replaced in place with an unpredictable
   name), as mkostemp(3) does: O_CREAT|O_EXCL (so an existing name or a planted symlink is never
   opened), O_NOFOLLOW, O_CLOEXEC, mode 0600. The name is remembered (vplan_remember_temporary)
   before the file is created, so no signal can leave it behind. Returns the descriptor and sets
   *slot (-1 when not remembered), or returns -1 with errno set. */
int vplan_create_temporary(char *template_path, int *slot);

/* ---- Standard descriptors ---- */

/* For each of descriptors 0, 1, 2 that is closed, opens /dev/null on it (so that no file the
   process opens later takes its number) and sets the matching bit of the result (1: stdin,
   2: stdout, 4: stderr). */
int vplan_reserve_standard_descriptors(void);

#endif
