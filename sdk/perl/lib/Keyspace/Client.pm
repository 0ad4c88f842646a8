package Keyspace::Client;
# Keyspace's client for Perl: every RPC of the schema as a method named after
# the Redis command ($ks->get, $ks->zrangebyscore), made at load time from the
# generated tables (Keyspace::Gen::RPCs), over libkeyspace (the C SDK) through
# XS, with messages as proto3 JSON in between.
use v5.36;
use Carp qw(croak);
use Keyspace;
use Keyspace::Codec;
use Keyspace::Error;
use Keyspace::Gen::RPCs;
use Keyspace::Pipeline;
use Keyspace::Subscription;

# Dies with a Keyspace::Error when a Native call answered (undef, code, ...).
sub checked (@answer) {
    return @answer if defined $answer[0];
    Keyspace::Error->throw(code => $answer[1], message => $answer[2], prefix => $answer[3]);
}

# Keyspace::Client->new('127.0.0.1:7379', timeout => 2.5): timeout is each
# unary call's deadline in seconds (none by default).
sub new ($class, $address = '127.0.0.1:7379', %options) {
    my ($handle) = checked(Keyspace::Native::client_new($address));
    my $self = bless { handle => $handle, address => $address }, $class;
    Keyspace::Native::client_set_timeout($handle, int($options{timeout} * 1000))
        if $options{timeout};
    return $self;
}

sub DESTROY ($self) {
    # At exit Perl destroys objects in no set order, so a stream may still
    # hold the channel: leave it to the process's end then.
    return if ${^GLOBAL_PHASE} eq 'DESTRUCT';
    Keyspace::Native::client_free(delete $self->{handle}) if $self->{handle};
}

# A new Perl thread must not share, and later free, these C handles.
sub CLONE_SKIP { 1 }

sub handle ($self) { return $self->{handle} }

# Any unary RPC by its schema name with the request in proto3 JSON text; the
# response's proto3 JSON text.
sub call_json ($self, $rpc, $request = '{}') {
    my ($response) = checked(Keyspace::Native::call_json($self->{handle}, $rpc, $request));
    return $response;
}

# Any unary RPC by its schema name with the request as proto3 JSON data (a
# hash); the response as proto3 JSON data.
sub call ($self, $rpc, $request = {}) {
    my $json = Keyspace::Codec::json();
    return $json->decode($self->call_json($rpc, $json->encode($request)));
}

# A raw stream ("Pipeline", "Subscribe") carrying proto3 JSON text.
sub stream ($self, $rpc) { return Keyspace::Stream->open($self, $rpc) }

# $ks->pipeline(sub ($p) { $p->set('a', 1); $p->get('a') }): the commands go
# in one batch on the Pipeline stream; the replies come back in order, a
# failed command's as a Keyspace::Error object in its slot.
sub pipeline ($self, $build) {
    my $pipeline = Keyspace::Pipeline->new;
    $build->($pipeline);
    my $stream = $self->stream('Pipeline');
    $stream->send({ commands => $pipeline->commands });
    $stream->close_send;
    my $response = $stream->recv(-1) // croak 'the Pipeline stream ended without replies';
    $stream->close;
    return $pipeline->results($response->{replies} // []);
}

# $ks->transaction(sub ($t) { ... }): the same commands run by EXEC, all or
# none queued; dies with EXECABORT when one cannot be queued.
sub transaction ($self, $build) {
    my $pipeline = Keyspace::Pipeline->new;
    $build->($pipeline);
    my $response = $self->call('Exec', { commands => $pipeline->commands });
    return $pipeline->results($response->{replies} // []);
}

# A Keyspace::Subscription following these channels (psubscribe: patterns);
# its next() yields events as they arrive.
sub subscribe ($self, @channels)  { return Keyspace::Subscription->new($self)->subscribe(@channels) }
sub psubscribe ($self, @patterns) { return Keyspace::Subscription->new($self)->psubscribe(@patterns) }
sub ssubscribe ($self, @channels) { return Keyspace::Subscription->new($self)->ssubscribe(@channels) }

# One method per unary RPC, named like the Redis command.
for my $rpc (sort keys %Keyspace::Gen::RPCs::METHODS) {
    my $method = $Keyspace::Gen::RPCs::METHODS{$rpc};
    next if $method->{client_streaming} || $method->{server_streaming};
    next if __PACKAGE__->can($method->{perl});
    no strict 'refs';
    *{ __PACKAGE__ . "::$method->{perl}" } = sub ($self, @args) {
        my $request = Keyspace::Codec::request($method->{request}, @args);
        return Keyspace::Codec::result($method->{response}, $self->call($rpc, $request));
    };
}

package Keyspace::Stream;
# One open stream of the C SDK, messages as proto3 JSON.
use v5.36;

sub open ($class, $client, $rpc) {
    my ($handle) = Keyspace::Client::checked(Keyspace::Native::stream_open($client->handle, $rpc));
    # The client must outlive the stream: keep it.
    return bless { handle => $handle, client => $client }, $class;
}

sub send_json ($self, $json) {
    Keyspace::Client::checked(Keyspace::Native::stream_send_json($self->{handle}, $json));
    return;
}

sub send ($self, $data) { $self->send_json(Keyspace::Codec::json()->encode($data)) }

sub close_send ($self) {
    Keyspace::Client::checked(Keyspace::Native::stream_close_send($self->{handle}));
    return;
}

# The next response's JSON text, waiting at most $timeout_ms (negative: no
# limit); undef when none came in time or the stream ended.
sub recv_json ($self, $timeout_ms) {
    my @answer = Keyspace::Client::checked(
        Keyspace::Native::stream_recv_json($self->{handle}, $timeout_ms));
    $self->{ended} = 1 if $answer[0] eq 'end';
    return $answer[0] eq 'ok' ? $answer[1] : undef;
}

sub recv ($self, $timeout_ms) {
    my $json = $self->recv_json($timeout_ms);
    return defined $json ? Keyspace::Codec::json()->decode($json) : undef;
}

sub ended ($self) { return $self->{ended} }

sub close ($self) {
    Keyspace::Native::stream_close(delete $self->{handle}) if $self->{handle};
}

sub DESTROY ($self) { $self->close }
sub CLONE_SKIP { 1 }

1;
