import Foundation

/// One `--images` argument: a manifest file and, when given as `REF=FILE`, the image it describes.
public struct ImageInput: Sendable, Equatable {
    public var reference: String?
    public var file: InputFile

    public init(reference: String?, file: InputFile) {
        self.reference = reference
        self.file = file
    }

    /// Splits `REF=FILE`; a plain argument is a file. A path that itself holds `=` is a file when it
    /// exists (`exists` decides), so `REF=FILE` never hides a real file.
    public static func split(_ argument: String, exists: (String) -> Bool) -> (reference: String?, path: String) {
        guard !exists(argument), let equals = argument.firstIndex(of: "=") else { return (nil, argument) }
        let reference = String(argument[..<equals])
        let path = String(argument[argument.index(after: equals)...])
        guard !reference.isEmpty, !path.isEmpty else { return (nil, argument) }
        return (reference, path)
    }

    /// The image reference a file name stands for: the last path part without `.json`, with `%2F`
    /// (or `%2f`) for `/` and other percent escapes decoded (`gcr.io%2Fproj%2Fapp:v1.json`).
    public static func reference(fromFileName path: String) -> String {
        var name = path.split(separator: "/").last.map(String.init) ?? path
        if name.lowercased().hasSuffix(".json") { name = String(name.dropLast(5)) }
        return name.removingPercentEncoding ?? name
    }
}
