/* See include/vplan_process.h. One definition of each piece of state, in this file only. */
#define _GNU_SOURCE
#include "vplan_process.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <termios.h>
#include <unistd.h>

/* ---- The terminal ---- */

static struct termios shell_modes;
static volatile sig_atomic_t have_shell_modes = 0;
static char reset_bytes[256];
static volatile sig_atomic_t reset_length = 0;

void vplan_save_shell_modes(void) {
    have_shell_modes = tcgetattr(STDIN_FILENO, &shell_modes) == 0;
}

void vplan_set_reset_sequence(const char *bytes, size_t length) {
    if (length >= sizeof reset_bytes) length = sizeof reset_bytes - 1;
    reset_length = 0;
    memcpy(reset_bytes, bytes, length);
    reset_length = (sig_atomic_t)length;
}

void vplan_restore_terminal_now(void) {
    if (reset_length > 0) {
        ssize_t ignored = write(STDOUT_FILENO, reset_bytes, (size_t)reset_length);
        (void)ignored;
    }
    if (have_shell_modes) tcsetattr(STDIN_FILENO, TCSANOW, &shell_modes);
}

int vplan_terminal_gone(void) {
    struct pollfd terminal = { .fd = STDIN_FILENO, .events = POLLIN, .revents = 0 };
    int ready;
    do { ready = poll(&terminal, 1, 0); } while (ready < 0 && errno == EINTR);
    if (ready < 0) return 1;
    return (terminal.revents & (POLLHUP | POLLERR | POLLNVAL)) != 0;
}

/* ---- Temporary files ---- */

enum { temporary_slots = 32 };
enum { slot_free = 0, slot_writing = 1, slot_live = 2 };
static _Atomic int slot_state[temporary_slots];
static char slot_path[temporary_slots][PATH_MAX];

int vplan_remember_temporary(const char *path) {
    size_t length = strlen(path);
    if (length >= PATH_MAX) return -1;
    for (int slot = 0; slot < temporary_slots; slot++) {
        int expected = slot_free;
        if (atomic_compare_exchange_strong(&slot_state[slot], &expected, slot_writing)) {
            memcpy(slot_path[slot], path, length + 1);
            atomic_store(&slot_state[slot], slot_live);
            return slot;
        }
    }
    return -1;
}

void vplan_forget_temporary(int slot) {
    if (slot < 0 || slot >= temporary_slots) return;
    atomic_store(&slot_state[slot], slot_free);
}

void vplan_remove_temporaries(void) {
    for (int slot = 0; slot < temporary_slots; slot++) {
        if (atomic_load(&slot_state[slot]) == slot_live) unlink(slot_path[slot]);
    }
}

int vplan_create_temporary(char *template_path, int *slot) {
    /* The name is chosen and remembered before the file exists, so a signal at any moment (on
       any thread) finds it remembered: removing a name not yet created is harmless. */
    static const char letters[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    size_t length = strlen(template_path);
    *slot = -1;
    if (length < 6 || strcmp(template_path + length - 6, "XXXXXX") != 0) {
        errno = EINVAL;
        return -1;
    }
    char *suffix = template_path + length - 6;
    for (int attempt = 0; attempt < 100; attempt++) {
        unsigned char random[6];
        if (getentropy(random, sizeof random) != 0) return -1;
        for (int index = 0; index < 6; index++) suffix[index] = letters[random[index] % (sizeof letters - 1)];
        *slot = vplan_remember_temporary(template_path);
        int descriptor = open(template_path, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
        if (descriptor >= 0) return descriptor;
        int saved = errno;
        vplan_forget_temporary(*slot);
        *slot = -1;
        if (saved != EEXIST) {
            errno = saved;
            return -1;
        }
    }
    errno = EEXIST;
    return -1;
}

/* ---- Signals ---- */

static volatile sig_atomic_t pending_signal = 0;
static volatile sig_atomic_t watchdog_seconds = 0;
static char alternate_stack[1 << 16];

void vplan_exit_by_signal(int sig) {
    vplan_remove_temporaries();
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = SIG_DFL;
    sigemptyset(&action.sa_mask);
    sigaction(sig, &action, NULL);
    sigset_t unblock;
    sigemptyset(&unblock);
    sigaddset(&unblock, sig);
    sigprocmask(SIG_UNBLOCK, &unblock, NULL);
    raise(sig);
    _exit(128 + sig); /* an ending signal whose default action did not end the process */
}

static void restore_and_exit(int sig) {
    vplan_restore_terminal_now();
    vplan_exit_by_signal(sig);
}

static void dashboard_ending_signal(int sig) {
    if (pending_signal != 0) { /* the second one: do not wait for the event loop */
        restore_and_exit(sig);
        return;
    }
    pending_signal = sig;
    if (watchdog_seconds > 0) alarm((unsigned)watchdog_seconds);
}

static void watchdog(int sig) {
    (void)sig;
    restore_and_exit(pending_signal != 0 ? pending_signal : SIGTERM);
}

static void crash_signal(int sig) {
    vplan_restore_terminal_now();
    signal(sig, SIG_DFL);
    raise(sig);
}

static void command_ending_signal(int sig) { vplan_exit_by_signal(sig); }

static void install(int sig, void (*handler)(int), int flags) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = handler;
    action.sa_flags = flags;
    sigemptyset(&action.sa_mask);
    sigaction(sig, &action, NULL);
}

static const int ending_signals[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT };

/* A parent may start vplan with signals blocked (a thread of a test runner, a supervisor): the ones
   vplan handles are unblocked, or a handler would never run. */
static void unblock_handled_signals(void) {
    sigset_t handled;
    sigemptyset(&handled);
    for (unsigned i = 0; i < sizeof ending_signals / sizeof ending_signals[0]; i++) sigaddset(&handled, ending_signals[i]);
    sigaddset(&handled, SIGALRM);
    sigprocmask(SIG_UNBLOCK, &handled, NULL);
}

void vplan_install_dashboard_signals(unsigned deadline_seconds) {
    watchdog_seconds = (sig_atomic_t)deadline_seconds;
    stack_t stack;
    memset(&stack, 0, sizeof stack);
    stack.ss_sp = alternate_stack;
    stack.ss_size = sizeof alternate_stack;
    sigaltstack(&stack, NULL);
    for (unsigned i = 0; i < sizeof ending_signals / sizeof ending_signals[0]; i++) {
        install(ending_signals[i], dashboard_ending_signal, 0);
    }
    install(SIGALRM, watchdog, 0);
    install(SIGPIPE, SIG_IGN, 0);
    unblock_handled_signals();
    const int crashes[] = { SIGABRT, SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP };
    for (unsigned i = 0; i < sizeof crashes / sizeof crashes[0]; i++) {
        install(crashes[i], crash_signal, SA_ONSTACK | SA_RESETHAND | SA_NODEFER);
    }
}

void vplan_install_command_signals(void) {
    for (unsigned i = 0; i < sizeof ending_signals / sizeof ending_signals[0]; i++) {
        struct sigaction current;
        /* Keep an inherited "ignore" (nohup, a shell's background job ignoring SIGINT). */
        if (sigaction(ending_signals[i], NULL, &current) == 0 && current.sa_handler == SIG_IGN) continue;
        install(ending_signals[i], command_ending_signal, 0);
    }
    install(SIGPIPE, SIG_IGN, 0);
    unblock_handled_signals();
}

int vplan_pending_signal(void) { return pending_signal; }

/* ---- Standard descriptors ---- */

int vplan_reserve_standard_descriptors(void) {
    int closed = 0;
    for (int fd = 0; fd <= 2; fd++) {
        if (fcntl(fd, F_GETFD) != -1 || errno != EBADF) continue;
        int null = open("/dev/null", fd == 0 ? O_RDONLY : O_WRONLY);
        if (null < 0) continue;
        if (null != fd) {
            dup2(null, fd);
            close(null);
        }
        closed |= 1 << fd;
    }
    return closed;
}
