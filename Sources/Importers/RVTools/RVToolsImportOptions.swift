import PlannerCore

/// How `import rvtools` runs.
public struct RVToolsImportOptions: Sendable {
    public var base: Scenario?
    public var name: String?
    public var includePoweredOff: Bool
    public var disk: DiskSize

    public init(base: Scenario? = nil, name: String? = nil, includePoweredOff: Bool = false, disk: DiskSize = .provisioned) {
        self.base = base
        self.name = name
        self.includePoweredOff = includePoweredOff
        self.disk = disk
    }
}
