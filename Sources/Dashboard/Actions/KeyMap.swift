/// Turns a key into an action, depending on what the keyboard is doing (moving, typing, answering,
/// reading): the first binding of `KeyBindings.all` in the scopes that apply. Pure, so every
/// binding is testable; the help overlay, the hints and the docs list the same table.
public enum KeyMap {
    public static func action(for key: Key, in state: DashboardState) -> Action? {
        let scopes = KeyBindings.scopes(in: state)
        for scope in scopes {
            for binding in KeyBindings.bindings(in: scope) {
                if let action = binding.action(for: key) { return action }
            }
        }
        // Typing takes every printable character the table does not bind.
        if scopes == [.typing], case .character(let character) = key { return .insert(String(character)) }
        return nil
    }
}
