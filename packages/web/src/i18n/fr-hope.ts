// PLACEHOLDER until the translation lands.
// What the hope box says ("Things that help me"), in English: the screen, adding and refusing, and how it is
// what Ride it out shows of it. Loaded with those screens, not with the first screen.
import type { HopeMessages } from './en-hope.ts';

export const frHope: HopeMessages = {
  title: 'Things that help me',
  intro:
    'Keep photos, a song or a voice note, messages from people and your reasons to keep going, all in one place. Look at them when things get hard. They stay on this device, encrypted, and go into your backups.',
  empty: 'Nothing here yet. You could start with a photo of a person, a pet or a place that matters to you, or a reason of your own.',
  usage: 'Photos and sounds use {used} of the {limit} this box can hold.',
  kinds: { photo: 'Photo', audio: 'Song or voice note', message: 'Message', reason: 'Reason' },
  from: 'From {from}',
  photoAlt: 'A photo you chose',
  showPhoto: 'Show the photo',
  hidePhoto: 'Hide the photo',
  hiddenNote: 'Photos stay hidden until you open them, because discreet mode is on.',
  moveUp: 'Move up',
  moveDown: 'Move down',
  moveUpLabel: 'Move {name} up',
  moveDownLabel: 'Move {name} down',
  remove: 'Remove',
  removeLabel: 'Remove {name}',
  removeQuestion: 'Remove this from your box? It can’t be brought back, unless it is in a backup.',
  removeYes: 'Yes, remove it',
  removeNo: 'Keep it',
  changeFailed: 'Your box couldn’t be changed: {reason} Nothing in it was lost. Try again.',
  add: {
    heading: 'Add something',
    photo: 'Add a photo',
    audio: 'Add a song or voice note',
    message: 'Add a message from someone',
    reason: 'Add a reason to keep going',
    choosePhoto: 'Choose a photo',
    photoHint: 'It is made smaller on this device before it is kept. Nothing is sent anywhere.',
    chooseAudio: 'Choose a sound file',
    audioHint: 'Up to 4 MB: a song or a short voice note.',
    caption: 'A few words about it (you can leave this empty)',
    messageText: 'The message',
    messageFrom: 'Who it’s from (you can leave this empty)',
    reasonText: 'Your reason',
    save: 'Add to the box',
    saving: 'Adding…',
    cancel: 'Cancel',
    added: 'Added to your box.',
    noFile: 'Choose a file first.',
    noWords: 'Write something first.',
    saveFailed: 'It couldn’t be added: {reason} What you chose is still here. Try again.',
  },
  refused: {
    'photo-too-large':
      'This photo is still {size} after being made smaller, and a photo can be at most {limit}. Try another photo. Nothing in your box has changed.',
    'photo-file-too-large':
      'This file is {size}, too large to open here (the most is {limit}). Try a smaller copy of the photo. Nothing in your box has changed.',
    'audio-too-large': 'This sound file is {size}, and a sound can be at most {limit}. Try a shorter clip. Nothing in your box has changed.',
    'box-full':
      'This would take the photos and sounds in your box to {size}, past the {limit} it can hold. Remove something to make room. Nothing in your box has changed.',
    'too-many': 'Your box already holds {limit} things, the most it can. Remove one to add another. Nothing in your box has changed.',
    'not-supported': 'This file isn’t a photo or a sound that can be kept here. Nothing in your box has changed.',
    unreadable: 'This photo couldn’t be opened on this device. Try another one, or a JPEG. Nothing in your box has changed.',
  },
};
