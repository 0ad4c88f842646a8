"""Pub/sub: who follows which channel, the messages on their way to each
subscriber, and the short history that lets a subscriber resume.

    hub.py            subscriptions by channel, pattern and shard channel; PUBLISH
    subscriber.py     one subscribed stream's outgoing queue and its limits
    backlog.py        per-channel sequence numbers and replay backlog
    events.py         SubscriptionEvents, encoded once and shared by subscribers
    notifications.py  keyspace notifications (notify-keyspace-events)
"""
