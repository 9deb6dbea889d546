import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What is at a path before it is written: whether anything is there (a symlink counts, dangling
/// or not) and whether it is the same file as another path (same device and inode, so `./a.json`,
/// `a.json` and a symlink to it are all one file).
public enum PathIdentity {
    /// Something is at `path` (following a symlink, or the symlink itself when it dangles).
    public static func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 || lstat(path, &info) == 0
    }

    /// `a` and `b` name the same existing file.
    public static func sameFile(_ a: String, _ b: String) -> Bool {
        var x = stat()
        var y = stat()
        guard stat(a, &x) == 0, stat(b, &y) == 0 else { return a == b }
        return x.st_dev == y.st_dev && x.st_ino == y.st_ino
    }
}
