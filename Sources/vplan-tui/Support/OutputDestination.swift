import Foundation
import PlannerCore
import Storage

/// Where a command's `--output` goes: standard output (no option, or `-`) through `Console`, or a
/// file written by `AtomicFile` (its rules: regular files replaced atomically, devices and FIFOs
/// written in place, symlinks followed, hard links kept).
enum OutputDestination {
    case standardOutput
    case file(String)

    init(_ option: String?) {
        if let option, option != "-" { self = .file(option) } else { self = .standardOutput }
    }

    /// Writes the bytes `produce` emits, piece by piece.
    func write(
        producing produce: (_ emit: ([UInt8]) throws(FileError) -> Void) throws(FileError) -> Void
    ) throws(FileError) {
        switch self {
        case .standardOutput:
            try produce { (bytes: [UInt8]) throws(FileError) in Console.out(bytes: bytes) }
        case .file(let path):
            try AtomicFile.write(to: path, producing: produce)
        }
    }

    func write(_ data: Data) throws(FileError) {
        try write { (emit: ([UInt8]) throws(FileError) -> Void) throws(FileError) in try emit([UInt8](data)) }
    }

    /// The name messages use for it.
    var name: String? {
        if case .file(let path) = self { return path }
        return nil
    }
}
