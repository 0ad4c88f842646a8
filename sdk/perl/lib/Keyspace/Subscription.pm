package Keyspace::Subscription;
# A Subscribe stream as an iterator: next() yields each event as it arrives,
# heartbeats skipped, as a hash: {type => 'message', channel, payload,
# pattern}, {type => 'change', action, channel, count}, {type => 'pong', ...},
# {type => 'error', ...} or {type => 'discontinuity', ...}.
use v5.36;
use Keyspace::Codec;
use MIME::Base64 ();
use Time::HiRes qw(time);

sub new ($class, $client) {
    return bless { stream => $client->stream('Subscribe'), queue => [] }, $class;
}

sub request ($self, $action, @names) {
    $self->{stream}->send({ action => Keyspace::Codec::enum_value('SubscribeAction', $action),
        channels => [map { MIME::Base64::encode_base64($_, '') } @names] });
    return $self;
}

sub subscribe ($self, @channels)    { $self->request('SUBSCRIBE', @channels) }
sub psubscribe ($self, @patterns)   { $self->request('PSUBSCRIBE', @patterns) }
sub ssubscribe ($self, @channels)   { $self->request('SSUBSCRIBE', @channels) }
sub unsubscribe ($self, @channels)  { $self->request('UNSUBSCRIBE', @channels) }
sub punsubscribe ($self, @patterns) { $self->request('PUNSUBSCRIBE', @patterns) }
sub ping ($self)                    { $self->request('PING') }

# The next event, waiting at most $timeout seconds (undef: no limit); undef
# when none came in time or the stream ended.
sub next ($self, $timeout = undef) {
    my $deadline = defined $timeout ? time + $timeout : undef;
    while (!$self->{queue}->@*) {
        my $left = defined $deadline ? int(($deadline - time) * 1000) : -1;
        return undef if defined $deadline && $left < 0;
        my $response = $self->{stream}->recv($left) // return undef;
        for my $event (($response->{events} // [])->@*) {
            my ($type, $body) = %$event;
            next if !defined $type || $type eq 'heartbeat';
            my $fields = Keyspace::Codec::fields('SubscriptionEvent');
            my ($field) = grep { $_->{json} eq $type } @$fields;
            push $self->{queue}->@*,
                { type => $field->{name}, Keyspace::Codec::from_json($field->{type}, $body)->%* };
        }
    }
    return shift $self->{queue}->@*;
}

sub close ($self) { $self->{stream}->close }

1;
