package Keyspace::Pipeline;
# Collects commands for Keyspace::Client's pipeline and transaction: the same
# methods as the client (those a Pipeline Command can carry), queued instead
# of called.
use v5.36;
use Keyspace::Codec;
use Keyspace::Error;
use Keyspace::Gen::RPCs;

sub new ($class) { return bless { commands => [], types => [] }, $class }

sub commands ($self) { return $self->{commands} }

# The replies as the client's methods would return them; errors as
# Keyspace::Error objects.
sub results ($self, $replies) {
    my @results;
    for my $i (0 .. $#$replies) {
        my $reply = $replies->[$i];
        if (my $error = $reply->{error}) {
            push @results, Keyspace::Error->new(
                code => $error->{code} // 0, message => $error->{message}, prefix => $error->{reason});
            next;
        }
        my ($name, $response) = %$reply;
        push @results, defined $name
            ? Keyspace::Codec::result($self->{types}[$i], $response)
            : undef;
    }
    return wantarray ? @results : \@results;
}

my %BY_PERL = map { $Keyspace::Gen::RPCs::METHODS{$_}{perl} => $Keyspace::Gen::RPCs::METHODS{$_} }
    keys %Keyspace::Gen::RPCs::METHODS;

for my $command (@Keyspace::Gen::RPCs::COMMANDS) {
    my $method = $BY_PERL{$command} // die "Command field $command names no RPC";
    no strict 'refs';
    *{ __PACKAGE__ . "::$command" } = sub ($self, @args) {
        push $self->{commands}->@*, { $command => Keyspace::Codec::request($method->{request}, @args) };
        push $self->{types}->@*, $method->{response};
        return $self;
    };
}

1;
