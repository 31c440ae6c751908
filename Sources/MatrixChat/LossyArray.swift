/// An array that skips elements it cannot decode instead of failing whole:
/// one malformed event from a homeserver or another client must not stop
/// HubBot from reading the rest of the batch.
public struct LossyArray<Element: Decodable & Sendable>: Decodable, Sendable {
    public var elements: [Element]
    /// How many elements were skipped as malformed.
    public var skipped: Int

    public init(elements: [Element], skipped: Int) {
        self.elements = elements
        self.skipped = skipped
    }

    public init(from decoder: any Decoder) throws {
        var container = try decoder.unkeyedContainer()
        var elements: [Element] = []
        var skipped = 0
        while !container.isAtEnd {
            if let element = try? container.decode(Element.self) {
                elements.append(element)
            } else {
                // Step over the element whatever its shape.
                _ = try? container.decode(Skipped.self)
                skipped += 1
            }
        }
        self.elements = elements
        self.skipped = skipped
    }

    private struct Skipped: Decodable {
        init(from decoder: any Decoder) throws {}
    }
}
