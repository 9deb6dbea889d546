import Storage

/// Where the scenario on screen came from and where `s` saves it.
public struct Document: Sendable, Equatable {
    /// The file `s` writes to; nil for a bundled profile (saving then asks for a path).
    public var path: String?
    /// The name the header and messages show: the path, or `Profiles/NAME.json`.
    public var displayName: String
    /// The stem for default file names (`online-shop` gives `online-shop.plan.json`).
    public var stem: String

    public init(path: String?, displayName: String, stem: String) {
        self.path = path
        self.displayName = displayName
        self.stem = stem
    }

    /// The document of a scenario opened from `location`: a file saves back to itself; a bundled
    /// profile has no file and takes its name as the stem.
    public init(_ location: ScenarioLocation) {
        switch location {
        case .bundled(let name): self.init(path: nil, displayName: location.displayName, stem: name)
        case .file(let path): self.init(path: path, displayName: location.displayName, stem: DashboardReducer.stem(of: path))
        case .standardInput: self.init(path: nil, displayName: location.displayName, stem: "stdin")
        }
    }
}
