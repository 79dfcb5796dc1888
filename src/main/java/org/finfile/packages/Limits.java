package org.finfile.packages;

/**
 * How much of an archive finfile is willing to unpack. Sizes are what inflating actually
 * produces, counted as it happens; what an archive declares about itself is checked against them,
 * never trusted in their place.
 *
 * <pre>{@code
 * Limits strict = Limits.builder().maxEntries(500).maxTotalBytes(64L << 20).build();
 * try (OpenPackage p = Packages.open(Path.of("report.xbr"), strict)) { ... }
 * }</pre>
 *
 * @param maxEntries most entries (files and folders) in one archive
 * @param maxTotalBytes most bytes of all entries together, uncompressed
 * @param maxEntryBytes most bytes of one entry, uncompressed
 * @param maxRatio most uncompressed bytes per compressed byte of one entry, once it has
 *     produced more than {@code ratioAfterBytes} (small, repetitive files compress very well and
 *     are harmless)
 * @param ratioAfterBytes the uncompressed size from which the ratio is enforced
 */
public record Limits(int maxEntries, long maxTotalBytes, long maxEntryBytes, int maxRatio, long ratioAfterBytes) {
  /** 10,000 entries, 1 GiB in all, 256 MiB an entry, 100:1 past the first MiB. */
  public static final Limits DEFAULT = new Limits(10_000, 1L << 30, 256L << 20, 100, 1L << 20);

  /** The zip limits in force ({@link org.finfile.Limits#current()}), the ratio from the first MiB. */
  public static Limits current() {
    return new Limits(org.finfile.Limit.ZIP_ENTRIES.intValue(), org.finfile.Limit.ZIP_BYTES.value(),
        org.finfile.Limit.ZIP_ENTRY_BYTES.value(), org.finfile.Limit.ZIP_RATIO.intValue(), 1L << 20);
  }

  public Limits {
    positive("maxEntries", maxEntries);
    positive("maxTotalBytes", maxTotalBytes);
    positive("maxEntryBytes", maxEntryBytes);
    positive("maxRatio", maxRatio);
    if (ratioAfterBytes < 0) {
      throw new IllegalArgumentException("ratioAfterBytes is 0 or more, not " + ratioAfterBytes);
    }
  }

  /** A builder starting from {@link #DEFAULT}. */
  public static Builder builder() {
    return new Builder();
  }

  private static void positive(String name, long value) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " is a positive number, not " + value);
    }
  }

  /** Sets some limits, keeping the defaults for the rest. */
  public static final class Builder {
    private int maxEntries = DEFAULT.maxEntries();
    private long maxTotalBytes = DEFAULT.maxTotalBytes();
    private long maxEntryBytes = DEFAULT.maxEntryBytes();
    private int maxRatio = DEFAULT.maxRatio();
    private long ratioAfterBytes = DEFAULT.ratioAfterBytes();

    private Builder() {}

    public Builder maxEntries(int value) {
      maxEntries = value;
      return this;
    }

    public Builder maxTotalBytes(long value) {
      maxTotalBytes = value;
      return this;
    }

    public Builder maxEntryBytes(long value) {
      maxEntryBytes = value;
      return this;
    }

    public Builder maxRatio(int value) {
      maxRatio = value;
      return this;
    }

    public Builder ratioAfterBytes(long value) {
      ratioAfterBytes = value;
      return this;
    }

    /** The limits; a value that is not positive is an {@link IllegalArgumentException} naming it. */
    public Limits build() {
      return new Limits(maxEntries, maxTotalBytes, maxEntryBytes, maxRatio, ratioAfterBytes);
    }
  }
}
