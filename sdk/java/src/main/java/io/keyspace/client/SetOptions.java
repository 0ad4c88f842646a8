package io.keyspace.client;

import io.keyspace.v1.SetCondition;
import io.keyspace.v1.SetRequest;
import java.time.Duration;
import java.time.Instant;

/**
 * SET's options, chained: {@code new SetOptions().nx().ttl(Duration.ofMinutes(1))}. Without an
 * expiry option SET clears any TTL the key had, as in Redis.
 */
public final class SetOptions {
  private SetCondition condition = SetCondition.SET_CONDITION_UNSPECIFIED;
  private Duration ttl;
  private Instant expireAt;
  private boolean keepTtl;

  /** Sets the key only if it does not exist (NX). */
  public SetOptions nx() {
    condition = SetCondition.SET_CONDITION_NX;
    return this;
  }

  /** Sets the key only if it already exists (XX). */
  public SetOptions xx() {
    condition = SetCondition.SET_CONDITION_XX;
    return this;
  }

  /** Makes the key expire after {@code ttl}, with millisecond precision (PX). */
  public SetOptions ttl(Duration ttl) {
    clearExpiry();
    this.ttl = ttl;
    return this;
  }

  /** Makes the key expire at {@code time}, with millisecond precision (PXAT). */
  public SetOptions expireAt(Instant time) {
    clearExpiry();
    this.expireAt = time;
    return this;
  }

  /** Keeps the TTL the key already has (KEEPTTL). */
  public SetOptions keepTtl() {
    clearExpiry();
    keepTtl = true;
    return this;
  }

  // Redis takes one expiry option; the last one chained wins.
  private void clearExpiry() {
    ttl = null;
    expireAt = null;
    keepTtl = false;
  }

  void applyTo(SetRequest.Builder request) {
    request.setCondition(condition);
    if (ttl != null) {
      request.setPx(ttl.toMillis());
    } else if (expireAt != null) {
      request.setPxat(expireAt.toEpochMilli());
    } else if (keepTtl) {
      request.setKeepttl(true);
    }
  }
}
