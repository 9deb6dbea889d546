import Foundation

/// The renewal process of a function's request arrivals: mean rate λ and burstiness c, the
/// coefficient of variation of the inter-arrival times (docs/coldstarts.md, "Arrival process").
///
/// - c = 1: Poisson, gaps exponential with rate λ.
/// - c > 1: balanced-means two-phase hyperexponential (H2): a gap is exponential with rate
///   μ₁ = 2p₁λ with probability p₁ = (1 + √((c² − 1)/(c² + 1)))/2, else with rate μ₂ = 2p₂λ,
///   p₂ = 1 − p₁ (each phase carries half the mean; Whitt's usual two-moment fit). The same process
///   is an interrupted Poisson process (Kuczura 1973): ON periods with Poisson arrivals at rate
///   Λ = p₁μ₁ + p₂μ₂ end at rate α, silent OFF periods end at rate β, where β = μ₁μ₂/Λ and
///   α = μ₁ + μ₂ − Λ − β. Bursts are the ON periods, the long gaps the OFF periods.
/// - c < 1: gamma gaps with shape k = 1/c² and rate kλ (Erlang-k when 1/c² is whole).
public struct ArrivalProcess: Sendable, Hashable {
    /// Mean arrivals per second, λ.
    public var rate: Double
    /// Coefficient of variation of the inter-arrival times, c (1 = Poisson).
    public var burstiness: Double

    public init(rate: Double, burstiness: Double = 1) {
        self.rate = rate
        self.burstiness = burstiness.isFinite && burstiness > 0 ? burstiness : 1
    }

    var isPoisson: Bool { burstiness == 1 }
    var isBursty: Bool { burstiness > 1 }

    /// H2 phase probability p₁ (the short gaps); 1 when not bursty.
    var shortGapProbability: Double {
        guard isBursty else { return 1 }
        let squared = burstiness * burstiness
        return (1 + ((squared - 1) / (squared + 1)).squareRoot()) / 2
    }

    /// H2 phase rates μ₁ (short gaps) and μ₂ (long gaps).
    var phaseRates: (short: Double, long: Double) {
        let p1 = shortGapProbability
        return (2 * p1 * rate, 2 * (1 - p1) * rate)
    }

    /// The interrupted-Poisson form of the H2 process: arrival rate while ON, ON → OFF rate α,
    /// OFF → ON rate β.
    var onOff: (onRate: Double, offRate: Double, backOnRate: Double) {
        let p1 = shortGapProbability
        let (mu1, mu2) = phaseRates
        let onRate = p1 * mu1 + (1 - p1) * mu2
        let backOn = mu1 * mu2 / onRate
        return (onRate, max(0, mu1 + mu2 - onRate - backOn), backOn)
    }

    /// Long-run fraction of time ON, β/(α + β).
    var onFraction: Double {
        let (_, alpha, beta) = onOff
        return beta / (alpha + beta)
    }

    /// Gamma shape k = 1/c² (smooth arrivals).
    var gammaShape: Double { 1 / (burstiness * burstiness) }

    /// P(gap > x): e^(−λx); Σ pᵢ e^(−μᵢx) for H2; the regularized upper incomplete gamma Q(k, kλx).
    func gapSurvival(_ x: Double) -> Double {
        if isPoisson { return Foundation.exp(-rate * x) }
        if isBursty {
            let p1 = shortGapProbability
            let (mu1, mu2) = phaseRates
            return p1 * Foundation.exp(-mu1 * x) + (1 - p1) * Foundation.exp(-mu2 * x)
        }
        return IncompleteGamma.upper(gammaShape, gammaShape * rate * x)
    }

    /// Variance of the number of arrivals in a window of length t (time-stationary). H2, exactly:
    /// λc²t − λ(c² − 1)(1 − e^(−rt))/r with r = α + β (the one non-zero eigenvalue of the phase
    /// process). Gamma: the renewal asymptote λc²t + (1 − c⁴)/6 (Cox 1962, §4.5); at least λt·c² / 2.
    func countVariance(_ t: Double) -> Double {
        let load = rate * t
        let squared = burstiness * burstiness
        if isPoisson { return load }
        if isBursty {
            let (_, alpha, beta) = onOff
            let mixing = alpha + beta
            return load * squared - rate * (squared - 1) * (1 - Foundation.exp(-mixing * t)) / mixing
        }
        return max(load * squared + (1 - squared * squared) / 6, load * squared / 2)
    }
}

/// Regularized incomplete gamma functions P(a, x) and Q(a, x) = 1 − P(a, x): the series for
/// x < a + 1, Lentz's continued fraction otherwise (Numerical Recipes, §6.2).
enum IncompleteGamma {
    static func lower(_ a: Double, _ x: Double) -> Double {
        if x <= 0 { return 0 }
        return x < a + 1 ? series(a, x) : 1 - continuedFraction(a, x)
    }

    static func upper(_ a: Double, _ x: Double) -> Double {
        if x <= 0 { return 1 }
        return x < a + 1 ? 1 - series(a, x) : continuedFraction(a, x)
    }

    private static func prefactor(_ a: Double, _ x: Double) -> Double {
        Foundation.exp(-x + a * Foundation.log(x) - lgamma(a))
    }

    private static func series(_ a: Double, _ x: Double) -> Double {
        var denominator = a
        var term = 1 / a
        var sum = term
        for _ in 0..<1_000_000 {
            denominator += 1
            term *= x / denominator
            sum += term
            if abs(term) < abs(sum) * 1e-15 { break }
        }
        return sum * prefactor(a, x)
    }

    private static func continuedFraction(_ a: Double, _ x: Double) -> Double {
        let tiny = 1e-300
        var b = x + 1 - a
        var c = 1 / tiny
        var d = 1 / b
        var h = d
        var i = 1.0
        while i < 1_000_000 {
            let an = -i * (i - a)
            b += 2
            d = an * d + b
            if abs(d) < tiny { d = tiny }
            c = b + an / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            h *= delta
            if abs(delta - 1) < 1e-15 { break }
            i += 1
        }
        return prefactor(a, x) * h
    }
}
