// Shim for ncursesw: wraps in C what Swift cannot import (function-like macros, globals behind
// macros, WACS line characters) and the signal path that must restore the terminal.
// Only Sources/BriefingUI/Terminal/NcursesTerminal.swift imports this module.
#ifndef BRIEFING_CNCURSES_SHIM_H
#define BRIEFING_CNCURSES_SHIM_H

// NCURSES_WIDECHAR alone enables the wide-character API (cchar_t, get_wch, mvadd_wch). We do
// not define _XOPEN_SOURCE here: it changes glibc's struct layouts (ucontext_t via signal.h)
// and the module would then clash with Glibc/Foundation built without it. Display widths come
// from BriefingUI's own table, so wcwidth is not needed.
#define NCURSES_WIDECHAR 1

#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// MARK: - Screen and attributes

static inline WINDOW *bf_stdscr(void) { return stdscr; }
static inline int bf_lines(void) { return LINES; }
static inline int bf_cols(void) { return COLS; }
static inline int bf_colors(void) { return COLORS; }
static inline int bf_color_pairs(void) { return COLOR_PAIRS; }
static inline FILE *bf_stdout(void) { return stdout; }
static inline FILE *bf_stdin(void) { return stdin; }
static inline int bf_max_y(WINDOW *w) { int y, x; getmaxyx(w, y, x); (void)x; return y; }
static inline int bf_max_x(WINDOW *w) { int y, x; getmaxyx(w, y, x); (void)y; return x; }

static inline attr_t bf_a_normal(void) { return A_NORMAL; }
static inline attr_t bf_a_bold(void) { return A_BOLD; }
static inline attr_t bf_a_dim(void) { return A_DIM; }
static inline attr_t bf_a_underline(void) { return A_UNDERLINE; }
static inline attr_t bf_a_reverse(void) { return A_REVERSE; }
static inline attr_t bf_a_italic(void) { return A_ITALIC; }

// Line-drawing characters: ncurses knows how to draw these on terminals without Unicode.
static inline const cchar_t *bf_wacs_hline(void) { return WACS_HLINE; }
static inline const cchar_t *bf_wacs_vline(void) { return WACS_VLINE; }
static inline const cchar_t *bf_wacs_ulcorner(void) { return WACS_ULCORNER; }
static inline const cchar_t *bf_wacs_urcorner(void) { return WACS_URCORNER; }
static inline const cchar_t *bf_wacs_llcorner(void) { return WACS_LLCORNER; }
static inline const cchar_t *bf_wacs_lrcorner(void) { return WACS_LRCORNER; }

/// Writes one cell: a base character plus up to four combining characters, with attributes
/// and a colour pair. Returns ERR on failure (e.g. writing the bottom-right corner).
static inline int bf_put_cell(WINDOW *w, int y, int x, const wchar_t *chars, attr_t attrs, short pair) {
    cchar_t cc;
    if (setcchar(&cc, chars, attrs, pair, NULL) == ERR) return ERR;
    return mvwadd_wch(w, y, x, &cc);
}

static inline int bf_put_wacs(WINDOW *w, int y, int x, const cchar_t *line, attr_t attrs, short pair) {
    cchar_t cc = *line;
    cc.attr = (cc.attr & A_CHARTEXT) | attrs | COLOR_PAIR(pair);
    return mvwadd_wch(w, y, x, &cc);
}

// MARK: - The mouse

/// Reports presses of the first button and the wheel (buttons 4 and 5) at once: with
/// mouseinterval(0) ncurses does not wait to tell clicks from double clicks; the reader does.
/// Releases are asked for too: ncurses still merges a press and a release that arrive in one
/// read into a click (and two clicks into a double click), reported as such.
/// Returns 0 when the terminal has no mouse.
static inline int bf_enable_mouse(int on) {
    mmask_t wanted = 0, old = 0;
    if (on) {
        wanted = BUTTON1_PRESSED | BUTTON1_RELEASED | BUTTON1_CLICKED | BUTTON1_DOUBLE_CLICKED | BUTTON1_TRIPLE_CLICKED
            | BUTTON4_PRESSED;
#ifdef BUTTON5_PRESSED
        wanted |= BUTTON5_PRESSED;
#endif
    }
    mouseinterval(0);
    return mousemask(wanted, &old) != 0;
}

/// The mouse event ncurses has for KEY_MOUSE: *kind 1 a press (or a click), 4 a double click
/// ncurses merged itself, 2 wheel up, 3 wheel down, 0 anything else (a release). Returns 0 when
/// there is none.
static inline int bf_get_mouse(int *x, int *y, int *kind) {
    MEVENT event;
    if (getmouse(&event) != OK) return 0;
    *x = event.x;
    *y = event.y;
    *kind = 0;
    if (event.bstate & BUTTON4_PRESSED) *kind = 2;
#ifdef BUTTON5_PRESSED
    else if (event.bstate & BUTTON5_PRESSED) *kind = 3;
#endif
    else if (event.bstate & (BUTTON1_DOUBLE_CLICKED | BUTTON1_TRIPLE_CLICKED)) *kind = 4;
    else if (event.bstate & (BUTTON1_PRESSED | BUTTON1_CLICKED)) *kind = 1;
    return 1;
}

static inline int bf_key_mouse(void) { return KEY_MOUSE; }

// MARK: - Restoring the terminal on every exit path

static volatile sig_atomic_t bf_curses_active = 0;

static inline void bf_restore_terminal(void) {
    if (bf_curses_active) {
        bf_curses_active = 0;
        endwin();
        fflush(stdout);
    }
}

/// Restores the terminal, then lets the signal do what it would have done (terminate, dump
/// core), so the exit status still says which signal ended us. endwin is not async-signal-safe,
/// but it is what ncurses itself does on SIGINT/SIGTERM, and a wrecked terminal is worse.
static inline void bf_signal_handler(int sig) {
    bf_restore_terminal();
    signal(sig, SIG_DFL);
    raise(sig);
}

static inline void bf_atexit_restore(void) { bf_restore_terminal(); }

/// Installs handlers for termination and crash signals. SIGWINCH and SIGTSTP stay with ncurses,
/// which turns them into KEY_RESIZE and a proper suspend.
static inline void bf_install_restore_handlers(void) {
    static int installed = 0;
    if (installed) return;
    installed = 1;
    int sigs[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP };
    for (unsigned i = 0; i < sizeof sigs / sizeof sigs[0]; i++) {
        struct sigaction sa;
        sa.sa_handler = bf_signal_handler;
        sigemptyset(&sa.sa_mask);
        sa.sa_flags = SA_RESETHAND;
        sigaction(sigs[i], &sa, NULL);
    }
    atexit(bf_atexit_restore);
}

static inline void bf_set_curses_active(int active) { bf_curses_active = active; }

#endif
