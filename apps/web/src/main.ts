import 'element-plus/theme-chalk/base.css';
import './layout/console.css';

import urql from '@urql/vue';
import { createApp } from 'vue';

import { client } from './api/client';
import App from './App.vue';
import { router } from './router';

createApp(App).use(urql, client).use(router).mount('#app');
