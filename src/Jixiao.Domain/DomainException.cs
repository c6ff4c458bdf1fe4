namespace Jixiao.Domain;

/// An illegal transition (a double submit, a step already signed, an approved version edited).
/// Defects in what the user typed are never exceptions: they are findings, all of them at once.
/// The message is Chinese because it reaches the user as is.
public sealed class DomainException(string message) : Exception(message);
