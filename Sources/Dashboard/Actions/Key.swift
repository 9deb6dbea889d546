/// A key press, as the terminal layer decodes it.
public enum Key: Sendable, Equatable {
    /// A printable character.
    case character(Character)
    /// Ctrl plus a letter (`control("r")` is Ctrl-R).
    case control(Character)
    case up, down, left, right
    case home, end, pageUp, pageDown
    case enter, escape, tab, backTab, backspace, delete
}
