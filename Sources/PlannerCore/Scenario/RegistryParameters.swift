/// The image registry every host pulls from.
public struct RegistryParameters: Sendable, Equatable, Decodable {
    /// Total egress bandwidth of the registry in Gbit/s (10^9 bit/s). Default 10.
    public var egressGbps: Double

    public init(egressGbps: Double = 10) {
        self.egressGbps = egressGbps
    }
}
