import CProcess
import Foundation
import PlannerCore
import Storage

/// Standard output and error for the command line, written with write(2) and checked: a write
/// error (a full disk, `/dev/full`, a closed descriptor) ends the process with status 1 (2 for `diff`) and one line
/// `vplan: write error: REASON` on standard error (where that still works); a reader that closed
/// the pipe early (`vplan-tui plan | head -c 100`) ends it quietly, as SIGPIPE would. Never a trap,
/// never exit 0 with the output lost.
enum Console {
    /// Descriptors that were closed when the process started (bit 0: stdin, 1: stdout, 2: stderr);
    /// /dev/null holds their numbers so no file opened later takes them, and writing to them fails.
    nonisolated(unsafe) private static var closedAtStart: Int32 = 0

    /// The exit status of a failure (a write error, `CommandFailure`): 1, or 2 for `diff`, whose
    /// 1 means "different" as diff(1)'s does.
    nonisolated(unsafe) static var failureStatus: Int32 = 1

    /// Call first thing: reserves closed standard descriptors and installs the command line's
    /// signal handlers (temporary files removed on an ending signal; SIGPIPE as an error).
    static func start() {
        closedAtStart = vplan_reserve_standard_descriptors()
        vplan_install_command_signals()
    }

    /// Writes text to standard output, with a newline (as `print`).
    static func out(_ text: String) { write(Array((text + "\n").utf8), to: STDOUT_FILENO) }

    /// Writes bytes to standard output as they are.
    static func out(bytes: [UInt8]) { write(bytes, to: STDOUT_FILENO) }

    /// Writes text to standard error, with a newline.
    static func error(_ text: String) { write(Array((text + "\n").utf8), to: STDERR_FILENO) }

    /// The write itself, or the ending the module comment describes.
    static func write(_ bytes: [UInt8], to descriptor: Int32) {
        if let code = writeAll(bytes, to: descriptor) { fail(code, descriptor: descriptor) }
    }

    /// nil on success, else the errno of the failure.
    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32? {
        if closedAtStart & (1 << descriptor) != 0 { return EBADF }
        return Descriptor.writeAll(bytes, to: descriptor)
    }

    private static func fail(_ code: Int32, descriptor: Int32) -> Never {
        if code == EPIPE { vplan_exit_by_signal(SIGPIPE) }
        if descriptor != STDERR_FILENO {
            _ = writeAll(Array("vplan: write error: \(String(cString: strerror(code)))\n".utf8), to: STDERR_FILENO)
        }
        vplan_remove_temporaries()
        exit(failureStatus)
    }
}
