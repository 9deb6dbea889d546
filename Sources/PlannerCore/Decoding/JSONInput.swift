import Foundation

/// The checks every JSON document vplan reads passes before it is decoded, in this order: at most
/// `Limits.maximumFileBytes` (a caller handing bytes straight to PlannerCore is held to the limit
/// the file readers apply), UTF-8 text (`TextEncoding`), valid syntax by line and column
/// (`JSONSyntax`) and no key twice in one object (`DuplicateKeys`). Scenarios, host catalogs and
/// plan files all start here.
enum JSONInput {
    static func check(_ data: Data) throws(ScenarioError) {
        guard data.count <= Limits.maximumFileBytes else {
            throw ScenarioError(
                field: nil, reason: "file is \(data.count) bytes; the limit is \(Limits.maximumFileBytes) bytes (64 MiB)")
        }
        let bytes = [UInt8](data)
        if let encoding = TextEncoding.error(in: bytes) { throw encoding }
        if let syntax = JSONSyntax.error(in: data) { throw syntax }
        if let duplicate = DuplicateKeys.first(in: bytes) { throw duplicate }
    }

    /// Decodes a checked document strictly: a `FieldError` keeps its path, a value of the wrong
    /// type where an object belongs names its path ("expected an object"), anything else is
    /// "not a `what`".
    static func decode<T: Decodable>(_ type: T.Type, from data: Data, what: String) throws(ScenarioError) -> T {
        do {
            return try JSONDecoder().decode(type, from: data)
        } catch let error as FieldError {
            throw ScenarioError(field: error.path, reason: error.reason)
        } catch let DecodingError.typeMismatch(_, context) {
            let path = FieldText.string(context.codingPath)
            throw ScenarioError(field: path.isEmpty ? "(top level)" : path, reason: "expected an object")
        } catch {
            throw ScenarioError(field: nil, reason: "not a \(what): \(error)")
        }
    }
}
