/// Parameters of the serverless (function-as-a-service) model: cold starts, keep-alive, how many
/// requests one instance serves at once, and the provider's prices.
public struct FaaSParameters: Sendable, Equatable, Decodable {
    /// Cold start of a minimal function, in seconds. Default 0.264 (AWS Lambda, JavaScript,
    /// median; mikhail.io cold-start dataset).
    public var coldStartSeconds: Double
    /// Extra cold start per MiB of function package (the sum of its layers), in seconds.
    /// Default 0.0007 (AWS container-image functions: +100 MB added 0.073 s; mikhail.io dataset).
    public var coldStartSecondsPerMiB: Double
    /// Memory of the function runtime per instance (the microVM monitor), in MiB. Default 5
    /// (Firecracker specification).
    public var instanceOverheadMiB: Double
    /// Seconds an idle instance is kept warm. Default 600 (AWS Lambda's fixed 10 minutes).
    public var keepAliveSeconds: Double
    /// Requests one instance serves at once. Default 1 (AWS Lambda).
    public var concurrencyPerInstance: Int
    /// Price per GB-second of configured memory. Default 0.0000166667 (AWS Lambda x86 list price).
    public var pricePerGBSecond: Double
    /// Price per million requests. Default 0.2 (AWS Lambda list price).
    public var pricePerMillionRequests: Double
    /// Function instances one host cold-starts at the same time. Default 32.
    public var parallelStartsPerHost: Int

    public init(
        coldStartSeconds: Double = 0.264, coldStartSecondsPerMiB: Double = 0.0007, instanceOverheadMiB: Double = 5,
        keepAliveSeconds: Double = 600, concurrencyPerInstance: Int = 1, pricePerGBSecond: Double = 0.0000166667,
        pricePerMillionRequests: Double = 0.2, parallelStartsPerHost: Int = 32
    ) {
        self.coldStartSeconds = coldStartSeconds
        self.coldStartSecondsPerMiB = coldStartSecondsPerMiB
        self.instanceOverheadMiB = instanceOverheadMiB
        self.keepAliveSeconds = keepAliveSeconds
        self.concurrencyPerInstance = concurrencyPerInstance
        self.pricePerGBSecond = pricePerGBSecond
        self.pricePerMillionRequests = pricePerMillionRequests
        self.parallelStartsPerHost = parallelStartsPerHost
    }
}
